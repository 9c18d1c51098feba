using Microsoft.Extensions.Logging;

namespace Lodestar.Portal.Tests.Infrastructure;

/// <summary>
/// Copies Hangfire's own warnings (and its shutdown messages) to the stop log, so that a test host whose job server
/// does not stop names the dispatchers that kept it ("stopped non-gracefully due to …").
/// </summary>
internal sealed class StopLogProvider : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => categoryName.StartsWith("Hangfire", StringComparison.Ordinal) ? new StopLogger(categoryName) : NullLogger.Instance;

    public void Dispose()
    {
    }

    private sealed class StopLogger(string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception);
            if (logLevel >= LogLevel.Warning || message.Contains("signal", StringComparison.Ordinal) || message.Contains("dispatchers", StringComparison.Ordinal))
                PortalFactory.Report($"{logLevel} {category}: {message}{(exception is null ? "" : " — " + exception.GetType().Name + ": " + exception.Message)}");
        }
    }

    private sealed class NullLogger : ILogger
    {
        public static readonly NullLogger Instance = new();

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => false;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
        }
    }
}
