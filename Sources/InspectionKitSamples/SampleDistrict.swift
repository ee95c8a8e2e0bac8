import InspectionKit
/// 示例区 — a deterministic, realistic sample district (青溪区) for tests, the CLI demo and benchmarks: organizations with
/// townships and villages, a talent pool, a term with rounds in every stage of the lifecycle, findings across the taxonomy,
/// leads, petitions and rectification in every state. Same seed and size, same commands.
public struct SampleDistrict: Sendable {
    /// How big a district to make.
    public struct Size: Hashable, Sendable {
        /// Townships (乡镇); the last quarter are sub-districts (街道) with communities.
        public var townships: Int
        /// Villages (or communities) under each township.
        public var villagesPerTownship: Int
        /// County departments with Party groups.
        public var departments: Int
        /// Inspectors in the talent pool.
        public var inspectors: Int
        /// Findings drafted per inspection.
        public var findingsPerInspection: ClosedRange<Int>

        /// A size.
        public init(townships: Int, villagesPerTownship: Int, departments: Int, inspectors: Int, findingsPerInspection: ClosedRange<Int>) {
            self.townships = townships
            self.villagesPerTownship = villagesPerTownship
            self.departments = departments
            self.inspectors = inspectors
            self.findingsPerInspection = findingsPerInspection
        }

        /// A handful of organizations: quick for unit tests.
        public static let small = Size(townships: 4, villagesPerTownship: 3, departments: 6, inspectors: 40, findingsPerInspection: 3...4)
        /// A county-sized district: the demo.
        public static let standard = Size(townships: 8, villagesPerTownship: 8, departments: 18, inspectors: 60, findingsPerInspection: 6...10)
        /// A large district, for load and benchmarks.
        public static let large = Size(townships: 24, villagesPerTownship: 15, departments: 18, inspectors: 160, findingsPerInspection: 15...25)
    }

    /// The sample's "today": the day generation stops, leaving later work undone.
    public static let defaultToday = Day(number: 20_777) // 2026-11-20
    /// The committee at the root of the district.
    public static let committeeID: OrganizationID = "QX"

    /// Who acts in the district.
    public let cast = SampleCast()
    /// The seed used.
    public let seed: UInt64
    /// The size used.
    public let size: Size
    /// The day generation stopped.
    public let today: Day

    /// The description of a district (generate it with `generate(seed:size:until:into:)`).
    public init(seed: UInt64, size: Size, today: Day) {
        self.seed = seed
        self.size = size
        self.today = today
    }

    /// Generates the district into `driver`, running every command dated up to `today`.
    public static func generate(seed: UInt64 = 2024, size: Size = .standard, until today: Day = defaultToday,
                                into driver: any CommandDriver) throws(DomainError) -> SampleDistrict {
        let district = SampleDistrict(seed: seed, size: size, today: today)
        var builder = SampleBuilder(district: district, scheduler: SampleScheduler(driver: driver, until: today))
        try builder.build()
        return district
    }

    /// Generates the district into a fresh in-memory engine; returns the driver (engine, clock and the script of commands).
    public static func engine(seed: UInt64 = 2024, size: Size = .standard, until today: Day = defaultToday,
                              settings: OfficeSettings = OfficeSettings()) throws -> (district: SampleDistrict, driver: EngineDriver) {
        let driver = try EngineDriver(settings: settings)
        let district = try generate(seed: seed, size: size, until: today, into: driver)
        return (district, driver)
    }
}
