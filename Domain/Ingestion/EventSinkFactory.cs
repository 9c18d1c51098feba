using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lodestar.Domain.Ingestion;

/// <summary>Chooses the insert path for the configured provider.</summary>
public sealed class EventSinkFactory(IOptions<DatabaseOptions> database, IDbContextFactory<PortalDbContext> contexts) : IEventSinkFactory
{
    public async Task<IEventSink> OpenAsync(CancellationToken cancellationToken) => database.Value.Provider switch
    {
        DatabaseProvider.Sqlite => await SqliteEventSink.OpenAsync(database.Value.ConnectionString, cancellationToken),
        _ => new EfEventSink(contexts),
    };
}
