extension InspectionState {
    /// Folds one journaled event into the state. Never fails for an event the rules produced.
    public mutating func apply(_ recorded: RecordedEvent) {
        apply(recorded.event)
        lastSequence = recorded.sequence
    }

    /// Folds events in order.
    public mutating func apply(_ events: some Sequence<RecordedEvent>) {
        for event in events { apply(event) }
    }

    private mutating func count(_ kind: RecordKind) { issued[kind, default: 0] += 1 }

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    private mutating func apply(_ event: Event) {
        switch event {
        case .organizationRegistered(let org):
            organizations[org.id] = org
            count(.organization)
        case .organizationHeadChanged(let id, let head):
            organizations[id]?.head = head
        case .inspectorRegistered(let inspector):
            inspectors[inspector.id] = inspector
            count(.inspector)
        case .trainingRecorded(let id, let record):
            inspectors[id]?.training.append(record)
        case .relativeDeclared(let id, let relative):
            inspectors[id]?.relatives.append(relative)
        case .termOpened(let term):
            terms[term.id] = term
            count(.term)
        case .planAdopted(let plan):
            plans[plan.id] = plan
            count(.plan)
        case .roundPlanned(let round):
            rounds[round.id] = round
            count(.round)
        case .taxonomyAdopted(let taxonomy):
            self.taxonomy = taxonomy
        case .userRegistered(let account):
            users[account.id] = account
        case .userDeactivated(let id):
            users[id]?.active = false
        case .teamFormed(let team):
            teams[team.id] = team
            count(.team)
        case .teamChanged(let id, let composition):
            teams[id]?.leaderID = composition.leaderID
            teams[id]?.deputyIDs = composition.deputyIDs
            teams[id]?.memberIDs = composition.memberIDs
        case .recusalWaived(let id, let waiver):
            waivers[id, default: []].append(waiver)
        case .rotationOverridden(let override):
            rotationOverrides.append(override)
        case .inspectionScheduled(let inspection):
            inspections[inspection.id] = inspection
            count(.inspection)
        case .inspectionAuthorized(let id, let authorization):
            inspections[id]?.authorization = authorization
        case .stageChanged(let id, let transition):
            inspections[id]?.stage = transition.to
            inspections[id]?.transitions.append(transition)
        case .mobilized(let id, let day):
            inspections[id]?.mobilizedOn = day
        case .stationed(let id, let day):
            inspections[id]?.stationedOn = day
        case .withdrawn(let id, let day):
            inspections[id]?.withdrawnOn = day
        case .reportSubmitted(let id, let report):
            inspections[id]?.report = report
        case .reportApproved(let id, let approval):
            inspections[id]?.approval = approval
        case .feedbackDelivered(let id, let feedback):
            inspections[id]?.feedback = feedback
        case .handoverCompleted(let id, let day):
            inspections[id]?.handoverCompletedOn = day
        case .rectificationPlanSubmitted(let id, let day, let items):
            inspections[id]?.rectificationPlanSubmittedOn = day
            for item in items {
                rectificationItems[item.id] = item
                count(.rectificationItem)
            }
        case .rectificationReportSubmitted(let id, let report):
            inspections[id]?.rectificationReport = report
        case .withholdingConsented(let id, let consent):
            inspections[id]?.withholdingConsent = consent
        case .disclosureRecorded(let id, let disclosure):
            inspections[id]?.disclosure = disclosure
        case .evaluationRecorded(let id, let evaluation):
            inspections[id]?.evaluation = evaluation
            if evaluation.grade == .poor, let target = inspections[id]?.targetID { followUpList.insert(target) }
        case .archived(let id, let day):
            inspections[id]?.archivedOn = day
        case .archiveAccessGranted(let id, let team):
            inspections[id]?.archiveReaders.insert(team)
        case .workRecorded(let record):
            workRecords[record.id] = record
            count(.workRecord)
        case .petitionRegistered(let petition):
            petitions[petition.id] = petition
            count(.petition)
        case .petitionTriaged(let id, let triage):
            petitions[id]?.triage = triage
        case .findingDrafted(let finding):
            findings[finding.id] = finding
            count(.finding)
        case .findingRevised(let id, let content):
            findings[id]?.content = content
            findings[id]?.review = nil
        case .findingReviewed(let id, let review):
            findings[id]?.review = review
        case .leadRegistered(let lead):
            leads[lead.id] = lead
            count(.lead)
        case .leadHandedOver(let id, let handover):
            leads[id]?.handover = handover
        case .dispositionRecorded(let id, let disposition):
            leads[id]?.disposition = disposition
        case .findingHandedOver(let id, let handover):
            findings[id]?.handover = handover
        case .findingDispositionRecorded(let id, let disposition):
            findings[id]?.disposition = disposition
        case .immediateRectificationStarted(let item):
            rectificationItems[item.id] = item
            count(.rectificationItem)
        case .rectificationProgressed(let id, let status, let note):
            rectificationItems[id]?.status = status
            rectificationItems[id]?.progress.append(note)
            if status == .rectified, rectificationItems[id]?.rectifiedOn == nil { rectificationItems[id]?.rectifiedOn = note.day }
            if status == .inProgress || status == .notStarted || status == .reopened {
                rectificationItems[id]?.rectifiedOn = nil
                rectificationItems[id]?.verifiedOn = nil
            }
            if status != .longTerm { rectificationItems[id]?.nextReviewOn = nil }
        case .rectificationMarkedLongTerm(let id, let review):
            rectificationItems[id]?.status = .longTerm
            rectificationItems[id]?.nextReviewOn = review
        case .closeOutEvidenceAttached(let id, let evidence):
            rectificationItems[id]?.closeOut.evidence.append(contentsOf: evidence)
        case .closeOutSignedOff(let id, let signOff):
            rectificationItems[id]?.closeOut.signOff = signOff
        case .closeOutAccepted(let id, let party, let day):
            rectificationItems[id]?.closeOut.acceptedBy[party] = day
        case .rectificationVerified(let id, let day):
            rectificationItems[id]?.status = .verified
            rectificationItems[id]?.verifiedOn = day
        case .supervisionNoticeIssued(let id, let notice):
            rectificationItems[id]?.notices.append(notice)
        case .accountabilityRecorded(let record):
            accountability[record.id] = record
            count(.accountability)
        case .ruleChangeRecorded(let change):
            ruleChanges[change.id] = change
            count(.ruleChange)
        case .followUpRecorded(let followUp):
            followUps[followUp.id] = followUp
            count(.followUp)
            for itemID in followUp.relapsedItemIDs {
                rectificationItems[itemID]?.status = .reopened
                rectificationItems[itemID]?.relapseCount += 1
                rectificationItems[itemID]?.closeOut = CloseOut()
                rectificationItems[itemID]?.rectifiedOn = nil
                rectificationItems[itemID]?.verifiedOn = nil
                rectificationItems[itemID]?.nextReviewOn = nil
                rectificationItems[itemID]?.deadline = followUp.relapseDeadline
            }
        case .tokenIssued(let token):
            var tokens = issuedTokens ?? [:]
            tokens[token.id] = token
            issuedTokens = tokens
            count(.token)
        case .tokenRevoked(let id):
            issuedTokens?[id]?.revoked = true
        case .exchangePackageImported(let package):
            var packages = importedPackages ?? [:]
            packages[package.source] = package
            importedPackages = packages
        case .confidentialRecordRead, .confidentialReadRefused:
            break
        case .confidentialContentErased(let record):
            eraseContent(of: record)
        }
    }
}
