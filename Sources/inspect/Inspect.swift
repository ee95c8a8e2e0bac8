@main struct Inspect { static func main() {} }
