"""The workbench in a real browser (Debian's Chromium through Selenium), as its users meet it.

Each role of the sample district signs in through the sign-in page and does its work; refusals are checked; axe-core
(axe-selenium-python) must find no serious or critical violation on any page visited; screenshots of the main pages at
1366x768 and 390x844 are written for CI's artifacts. Run by scripts/browser-tests.sh, which starts the server.
"""
import argparse
from datetime import datetime, timedelta, timezone
import re
import json
import os
import subprocess
import sys

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

PASSWORD = "qingxi-demo-2026"
PETITIONER = "张秀兰"
WIDTHS = {"desktop": (1366, 768), "phone": (390, 844)}


class Run:
    def __init__(self, args):
        self.base = args.base
        self.shots = args.screenshots
        self.store = args.store
        self.inspect = args.inspect
        self.failures = []
        self.checked_pages = 0
        options = webdriver.ChromeOptions()
        for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--lang=zh-CN"):
            options.add_argument(flag)
        chromium = "/usr/bin/chromium"
        if os.path.exists(chromium):
            options.binary_location = chromium
        self.driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        self.driver.set_window_size(*WIDTHS["desktop"])

    # -- the record, read through the command line, to choose whom to sign in as
    def cli(self, *arguments):
        out = subprocess.run([self.inspect, *arguments, "--store", self.store, "--as", "u-office-head", "--format", "json", "--lang", "en"],
                             check=True, capture_output=True, text=True).stdout
        return json.loads(out)

    def expect(self, condition, message):
        if not condition:
            self.failures.append(message)
            print("FAIL:", message, file=sys.stderr)

    # -- the browser
    def click(self, element):
        """Clicks and waits until the next page has replaced this one and finished loading (a form's post and redirect)."""
        page = self.driver.find_element(By.TAG_NAME, "html")
        element.click()

        def replaced(_):
            # The old page's root is gone once the next page has loaded. Chromium reports that either as a stale
            # element or, at times, as "Node with given id does not belong to the document": both mean the same.
            try:
                page.is_enabled()
                return False
            except WebDriverException:
                return True
        WebDriverWait(self.driver, 30).until(replaced)
        WebDriverWait(self.driver, 30).until(lambda d: d.execute_script("return document.readyState") == "complete")
        return self.driver.page_source

    def open(self, path):
        self.driver.get(self.base + path)
        return self.driver.page_source

    def sign_in(self, account, password=PASSWORD):
        self.driver.delete_all_cookies()
        self.open("/sign-in")
        self.driver.find_element(By.ID, "account").send_keys(account)
        self.driver.find_element(By.ID, "password").send_keys(password)
        return self.click(self.driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))

    def submit(self, operation, fields, ticks=()):
        """Fills in and posts the form of `operation` on the current page: `fields` by name (a select by its value, a
        date as the browser's date picker would set it), `ticks` the names of check boxes to tick."""
        form = self.driver.find_element(By.CSS_SELECTOR, f'form[action="/do/{operation}"]')
        for name, value in fields.items():
            element = form.find_element(By.NAME, name)
            if element.tag_name == "select":
                element.find_element(By.CSS_SELECTOR, f'option[value="{value}"]').click()
            elif element.get_attribute("type") == "file":
                element.send_keys(value)
            elif element.get_attribute("type") == "date":
                self.driver.execute_script("arguments[0].value = arguments[1]", element, value)
            else:
                element.clear()
                element.send_keys(value)
        for name in ticks:
            box = form.find_element(By.NAME, name)
            if not box.is_selected():
                box.click()
        return self.click(form.find_element(By.CSS_SELECTOR, "button[type=submit]"))

    def audit(self, name):
        """axe-core on the current page: no serious or critical violation."""
        axe = Axe(self.driver)
        axe.inject()
        results = axe.run()
        bad = [v for v in results["violations"] if v.get("impact") in ("serious", "critical")]
        self.checked_pages += 1
        self.expect(not bad, f"axe on {name}: " + "; ".join(f"{v['id']} ({v['impact']}): {v['help']}" for v in bad))

    def screenshot(self, name):
        for width, size in WIDTHS.items():
            self.driver.set_window_size(*size)
            self.driver.execute_script("window.scrollTo(0, 0)")
            self.driver.save_screenshot(os.path.join(self.shots, f"{name}-{width}.png"))
        self.driver.set_window_size(*WIDTHS["desktop"])

    def page(self, path, name, shoot=False):
        source = self.open(path)
        self.audit(name)
        if shoot:
            self.screenshot(name)
        return source


def main():
    parser = argparse.ArgumentParser()
    for option in ("--base", "--store", "--inspect", "--screenshots"):
        parser.add_argument(option, required=True)
    run = Run(parser.parse_args())
    try:
        walk(run)
        walk_inspection(run)
    finally:
        run.driver.quit()
    if run.failures:
        print(f"{len(run.failures)} failure(s)", file=sys.stderr)
        sys.exit(1)
    print(f"browser: every role signed in and did its work; axe found no serious or critical violation on {run.checked_pages} pages; "
          f"screenshots in {run.shots}")


def walk(run):
    items = run.cli("rectification", "list")
    users = {u["actor"]["id"]: u for u in run.cli("user", "list")}
    inspectors = {i["id"]: i for i in run.cli("inspector", "list")}
    chosen = None
    for item in sorted(items, key=lambda i: i["id"]):
        if item["status"] not in ("notStarted", "inProgress"):
            continue
        inspection = run.cli("inspection", "show", item["inspectionID"])
        head = f"head-{inspection['targetID']}"
        leader = (inspection.get("authorization") or {}).get("leaderID")
        leader_user = (inspectors.get(leader) or {}).get("userID")
        if head in users and users[head]["active"] and leader_user in users and users[leader_user]["active"]:
            chosen = (item, inspection, head, leader_user)
            break
    run.expect(chosen is not None, "the sample district has an open item whose head and team leader have accounts")
    if chosen is None:
        return
    item, inspection, head, leader = chosen
    item_path = f"/rectification/{item['id']}"

    # Signing in: a wrong password is refused naming the rule; the right one opens the overview.
    source = run.sign_in("u-office-head", "wrong-password-1")
    run.expect("signIn.credentials" in source, "a wrong password is refused naming signIn.credentials")
    run.audit("sign-in")
    run.screenshot("sign-in")
    source = run.sign_in("u-office-head")
    run.expect("工作概览" in source and "<svg" in source, "the office head lands on the overview with its charts")
    run.page("/dashboard", "dashboard", shoot=True)
    run.page("/inspections", "inspections", shoot=True)
    run.page(f"/inspections/{inspection['id']}", "inspection", shoot=True)
    run.page("/rectification", "ledger", shoot=True)
    for register in ("organizations", "inspectors", "planning", "accounts"):
        run.page(f"/office/{register}", f"office-{register}", shoot=register == "planning")
    run.page("/dashboard?lang=en", "dashboard-en")
    run.expect("Overview" in run.driver.page_source, "the English switch")
    run.open("/dashboard?lang=zh")

    # A form posted without its token (another site's) is refused and does nothing.
    run.open(item_path)
    run.driver.execute_script("document.querySelectorAll('input[name=formToken]').forEach(e => e.remove())")
    before = run.cli("rectification", "list")
    run.click(run.driver.find_element(By.CSS_SELECTOR, 'form[action="/do/acceptCloseOut"] button'))
    run.expect("access.formToken" in run.driver.page_source, "a form without its token is refused naming access.formToken")
    run.expect(run.cli("rectification", "list") == before, "the refused form changed nothing")

    # The organization's head sees only its own items (it fills one in, with two others, in walk_inspection).
    source = run.sign_in(head)
    ledger = run.page("/rectification", "ledger-head", shoot=True)
    others = [i["id"] for i in items if i["inspectionID"] != item["inspectionID"]]
    run.expect(item["id"] in ledger and not any(f">{other}<" in ledger for other in others[:20]), "the head's ledger holds only its own items")
    run.page(item_path, "item-head", shoot=True)
    # A team member opening another team's inspection gets the refusal page naming the rule.
    run.sign_in(leader)
    others = [i for i in sorted({i["inspectionID"] for i in items}) if i != inspection["id"]]
    refused = False
    for other in others:
        source = run.open(f"/inspections/{other}")
        if "access.teamScope" in source:
            refused = True
            run.audit("refusal")
            run.screenshot("refusal")
            break
    run.expect(refused, "another team's inspection answers with the refusal page naming access.teamScope")

    # Leads: the discipline commission reads those handed to it (each read audited); a team member opening another
    # inspection's lead gets the refusal page naming access.lead, and the attempt is in the audit trail.
    # (the command line cannot read leads while the server holds the store: reading one is an audited write)
    run.sign_in("u-office-head")
    rows = re.findall(r'<tr><td><a href="/leads/([^"]+)">[^<]*</a></td><td>([^<]*)</td><td>([^<]*)</td><td>[^<]*</td><td>([^<]*)</td>',
                      run.open("/leads"))
    leads = [{"id": i, "inspectionID": insp, "subjectName": subject, "handedOver": handed} for i, insp, subject, handed in rows]
    handed = [l for l in leads if l["handedOver"].startswith("纪委监委")]
    if handed:
        lead = handed[0]
        run.sign_in("u-discipline")
        source = run.page("/leads", "leads", shoot=True)
        run.expect(lead["id"] in source and "审计日志" in source, "the commission's leads, with the note that reads are audited")
        run.page(f"/leads/{lead['id']}", "lead")
        others = [l for l in leads if l["inspectionID"] != inspection["id"]]
        if others:
            run.sign_in(leader)
            source = run.open(f"/leads/{others[0]['id']}")
            run.expect("access.lead" in source and others[0]["subjectName"] not in source, "another inspection's lead is refused naming access.lead")
            run.sign_in("u-auditor")
            trail = run.page(f"/audit?record={others[0]['id']}", "audit", shoot=True)
            run.expect(f"（{leader}）" in trail and "拒绝查阅" in trail, "the refused attempt is in the audit trail, as the auditor reads it")



def walk_inspection(run):
    """A whole inspection through the forms, each step by the role whose work it is: the team records an interview and a
    petition, drafts a finding and its meeting approves it, withdraws and reports; the leading group approves; the office
    feeds back and completes the hand-over; the organization's head submits the plan and closes the item; three parties
    accept it. Then every page of those who may not see the petitioner is searched for the name."""
    inspectors = {i["id"]: i for i in run.cli("inspector", "list")}
    stationed = sorted((i for i in run.cli("inspection", "list") if i["stage"] == "stationed"), key=lambda i: i["id"])
    run.expect(stationed, "the sample district has an inspection whose team is on site")
    if not stationed:
        return
    inspection = stationed[0]
    target = inspection["targetID"]
    leader_id = inspection["authorization"]["leaderID"]
    leader = inspectors[leader_id]["userID"]
    head = f"head-{target}"
    file = f"/inspections/{inspection['id']}"
    fieldwork = file + "/fieldwork"
    today = (datetime.now(timezone.utc) + timedelta(hours=8)).date().isoformat()

    # The team on site: an interview by two, a petition with the petitioner's name, a draft from the interview, its review.
    run.sign_in(leader)
    source = run.page(fieldwork, "fieldwork", shoot=True)
    boxes = re.findall(r'name="participantIDs\.(\d+)" value="([^"]+)"', source)
    mine = next(n for n, v in boxes if v == leader_id)
    colleague_box, colleague = next((n, v) for n, v in boxes if v != leader_id)
    member = inspectors[colleague]["userID"]
    source = run.submit("recordWork", {"method": "interview", "organizationID": target, "subject": "党委书记",
                                       "summary": "食堂采购由校办一人经手，未经集体研究"},
                        ticks=[f"participantIDs.{mine}", f"participantIDs.{colleague_box}", "signed"])
    record = re.findall(r"<td>(WR-\d+)</td>", source)[-1]
    source = run.submit("registerPetition", {"channel": "letter", "petitionerName": PETITIONER, "petitionerContact": "13800000000",
                                             "content": "反映食堂采购价格明显高于市场价", "organizationID": target})
    run.expect(PETITIONER in source, "the registrar sees the petitioner's name it wrote down")
    category = re.search(r'name="categoryCode"[^>]*>\s*<option value="([^"]+)"', source).group(1)
    found_by = re.search(rf'name="foundBy\.(\d+)" value="{leader_id}"', source).group(1)
    source = run.submit("draftFinding", {
        "title": "食堂采购未经集体研究", "manifestation": "2025年以来食堂采购合同均由校办一人签订", "qualification": "违反民主集中制原则",
        "basis": "《中国共产党党组工作条例》", "evidence.title": "采购合同", "evidence.reference": record, "responsibilityType": "principal",
        "responsibleParty": "学校党委", "organizationID": target, "categoryCode": category, "severity": "moderate", "scope": "individual",
        "source.kind": "workRecord", "source.reference": record, "foundOn": today}, ticks=[f"foundBy.{found_by}"])
    finding = re.findall(r"<h3>(FND-\d+) ", source)[-1]
    source = run.submit("reviewFinding", {"decision": "approved", "opinion": "事实清楚，定性准确"})
    run.expect("组务会" in source and "审议通过" in source, "the team meeting's approval is on the draft")
    run.audit("fieldwork-reviewed")

    run.sign_in(member)
    source = run.page(fieldwork, "fieldwork-member")
    run.expect(PETITIONER not in source and "身份已隐去" in source, "another member of the team sees the petition with the identity withheld")

    # Withdrawal and the report; the leading group's approval; the office's feedback and hand-over.
    run.sign_in(leader)
    run.open(file)
    run.submit("withdrawTeam", {})
    source = run.submit("submitReport", {"summary": "发现问题1个"}, ticks=[next(
        f"findingIDs.{n}" for n, v in re.findall(r'name="findingIDs\.(\d+)" value="([^"]+)"', run.driver.page_source) if v == finding)])
    run.sign_in("u-leading-group")
    run.page(file, "inspection-next-step", shoot=True)
    run.submit("approveReport", {"meeting": "区委书记专题会"})
    run.sign_in("u-office-staff")
    run.open(file)
    run.submit("deliverFeedback", {"text": "巡察发现食堂采购未经集体研究等问题，请认真整改。", "toHeadOn": today, "toLeadershipOn": today,
                                   "copiedTo": "分管区领导，区纪委监委，区委组织部"})
    run.submit("completeHandover", {})

    # The organization's plan, an item per finding fed back; the head closes the item; three parties accept it.
    run.sign_in(head)
    run.page(file, "plan", shoot=True)
    source = run.submit("submitRectificationPlan", {"items.0.measures": "修订食堂采购制度，实行集体研究", "items.0.responsibleLeader": "校长",
                                                    "items.0.responsibleDepartment": "校办"})
    item = re.findall(r'href="/rectification/(RI-\d+)"', source)[-1]
    run.open(f"/rectification/{item}")
    run.submit("updateRectification", {"status": "inProgress", "note": "已召开专题会部署整改"})
    source = run.submit("updateRectification", {"status": "rectified", "note": "已修订制度并执行"})
    run.expect("已修订制度并执行" in source and "已办理" in source, "the head's progress report is in the ledger")
    scan = os.path.abspath(os.path.join(run.shots, "新采购制度.pdf"))
    with open(scan, "wb") as out:
        out.write(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    source = run.submit("attachCloseOutEvidence", {"items.title": "新采购制度", "items.reference": "整改档案-1", "file": scan})
    run.expect(re.search(r'href="/files/[0-9a-f]{64}"', source) is not None and "新采购制度.pdf" in source,
               "the evidence file was uploaded and is offered for download")
    run.submit("signOffCloseOut", {})
    run.submit("acceptCloseOut", {})
    run.audit("item-head-after")
    run.sign_in(leader)
    run.open(f"/rectification/{item}")
    run.submit("acceptCloseOut", {})
    run.sign_in("u-office-head")
    run.open(f"/rectification/{item}")
    source = run.submit("acceptCloseOut", {})
    run.expect("已销号" in source, "three acceptances close the item (已销号)")
    run.expect(any(i["id"] == item and i["status"] == "verified" for i in run.cli("rectification", "list")), "the command line sees the item verified")

    # No petitioner name on any page of those who may not see it.
    petition_pages = ["/dashboard", "/inspections", file, fieldwork, "/rectification", f"/rectification/{item}", "/leads", "/audit", "/account"]
    for account in (member, "u-leading-group", "u-office-staff", head, "u-discipline", "u-org-dept", "u-auditor"):
        run.sign_in(account)
        for path in petition_pages:
            run.expect(PETITIONER not in run.open(path), f"{account} sees no petitioner name on {path}")


if __name__ == "__main__":
    main()
