import ArgumentParser
import InspectionKit

/// `inspect demo` — builds the sample district (青溪区) and prints the office's dashboard.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "示例区驾驶舱 / build the sample district and print the office's dashboard.",
        discussion: "The district is generated deterministically from the seed: a full term with rounds in every stage of the lifecycle."
    )

    @OptionGroup var common: CommonOptions

    @Option(help: "Seed of the sample data.")
    var seed: UInt64 = 2024

    @Option(help: "Size of the district: small, standard or large.")
    var size: SampleSize = .standard

    func run() throws {
        let (district, driver) = try SampleDistrict.engine(seed: seed, size: size.size)
        var engine = driver.engine
        print(Dashboard(district: district, language: common.language).render(&engine), terminator: "")
    }
}

/// The sizes `--size` accepts.
enum SampleSize: String, ExpressibleByArgument, CaseIterable {
    /// A handful of organizations.
    case small
    /// A county-sized district.
    case standard
    /// A large district.
    case large

    /// The generator's size.
    var size: SampleDistrict.Size {
        switch self {
        case .small: .small
        case .standard: .standard
        case .large: .large
        }
    }
}
