using Lodestar.Domain.Sources;

namespace Lodestar.Domain.Crm;

/// <summary>The source the CRM's own messages are stored under (created on first use, shown in Settings → Sources).</summary>
public sealed class CrmSource(SourceService sources)
{
    private int? _id;

    public async Task<int> IdAsync(CancellationToken cancellationToken) =>
        _id ??= (await sources.EnsureAsync(CrmMessages.SourceName, cancellationToken)).Id;
}
