using Lodestar.Domain.Ingestion;

namespace Lodestar.Benchmarks;

/// <summary>Experiment only: makes the in-process portal's writer use <see cref="TunedSqliteSink"/>.</summary>
public sealed class TunedSinkFactory(string connectionString, string extraSql) : IEventSinkFactory
{
    public async Task<IEventSink> OpenAsync(CancellationToken cancellationToken) =>
        await TunedSqliteSink.OpenAsync(connectionString, extraSql);
}
