/// 版本 — the release of InspectionKit, as `inspect --version` and the server report it.
public enum InspectionKitRelease {
    /// The version, semantic: 0.x while the record's shapes settle.
    public static let version = "0.12.0"
}
