import CGSL

/// GSL's default error handler aborts the process. Every entry point of this
/// target calls `GSLRuntime.prepare()` first, which turns that handler off so
/// that a domain error becomes a return code we can turn into a Swift value.
enum GSLRuntime {
    private static let handlerDisabled: Bool = {
        gsl_set_error_handler_off()
        return true
    }()

    /// Disables GSL's aborting error handler (once per process).
    static func prepare() {
        _ = handlerDisabled
    }
}
