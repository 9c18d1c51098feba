namespace Lodestar.Domain.Ingestion;

/// <summary>Opens the provider's <see cref="IEventSink"/> for the writer's lifetime.</summary>
public interface IEventSinkFactory
{
    Task<IEventSink> OpenAsync(CancellationToken cancellationToken);
}
