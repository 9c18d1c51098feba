using Lodestar.Domain.Data;
using Lodestar.Domain.Paths.Engine;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Paths;

/// <summary>Answers paths questions (what people did after or before an event) over the stored events of resolved profiles.</summary>
public sealed class PathService(IDbContextFactory<PortalDbContext> contexts, TimeProvider time)
{
    /// <exception cref="DomainValidationException">The query is invalid; the errors name the fields.</exception>
    public async Task<PathResult> QueryAsync(PathQuery query, CancellationToken cancellationToken)
    {
        PathQueryValidator.Check(query);
        var now = time.GetUtcNow().UtcDateTime;
        var (paths, read) = await new PathEventLoader(contexts, now).LoadAsync(query, cancellationToken);
        return PathCalculator.Result(query, paths, now, read);
    }
}
