/// English wording helpers for the texts the SDK writes in both languages.
public enum English {
    /// A count with its noun in the right number: `count(1, "task")` is "1 task", `count(2, "task")` is "2 tasks".
    public static func count(_ count: Int, _ singular: String, plural: String? = nil) -> String {
        "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
    }
}
