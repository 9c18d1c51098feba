using Lodestar.Domain.Data;
using Lodestar.Domain.Privacy.Subjects;
using Lodestar.Domain.Privacy.Suppression;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lodestar.Domain.Privacy.Deletion;

/// <summary>Files deletion requests (queued for the privacy-deletion job) and reads them back.</summary>
public sealed class DeletionRequestService(
    IDbContextFactory<PortalDbContext> contexts, SubjectFootprintService subjects, IOptions<DeletionOptions> options, TimeProvider time)
{
    /// <summary>Files a request, or returns the one already waiting or running for the same identifier.</summary>
    /// <param name="mode">delete or anonymise; null for the workspace's default.</param>
    /// <returns>The request, and whether it is new.</returns>
    /// <exception cref="DomainValidationException">The type, value or mode is wrong; nothing was filed.</exception>
    public async Task<(DeletionView Request, bool Created)> FileAsync(string? identifierType, string? value, string? mode, string by, CancellationToken cancellationToken)
    {
        var parsedMode = ParseMode(mode);
        var key = await subjects.ParseAsync(identifierType, value, cancellationToken);
        var hash = SuppressionHasher.Hex(key);
        await using var db = contexts.CreateDbContext();
        var pending = await db.DeletionRequests.AsNoTracking()
            .Where(r => r.ValueHash == hash && r.IdentifierType == key.Type && (r.Status == DeletionStatus.Queued || r.Status == DeletionStatus.Running))
            .FirstOrDefaultAsync(cancellationToken);
        if (pending is not null)
            return (DeletionView.Of(pending), false);
        var request = new DeletionRequest
        {
            IdentifierType = key.Type,
            IdentifierValue = key.Value,
            ValueHash = hash,
            Hint = IdentifierMasker.Mask(key),
            Mode = parsedMode ?? (options.Value.AnonymiseEvents ? DeletionMode.Anonymise : DeletionMode.Delete),
            Status = DeletionStatus.Queued,
            RequestedBy = by.Length > 256 ? by[..256] : by,
            RequestedAt = time.GetUtcNow().UtcDateTime,
        };
        db.DeletionRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        return (DeletionView.Of(request), true);
    }

    /// <exception cref="NotFoundException">There is no such request.</exception>
    public async Task<DeletionView> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var request = await db.DeletionRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken)
                      ?? throw new NotFoundException($"There is no deletion request with id {id}.");
        return DeletionView.Of(request);
    }

    /// <summary>Requests newest first.</summary>
    /// <exception cref="DomainValidationException">Paging is out of bounds.</exception>
    public async Task<DeletionPage> ListAsync(int offset, int limit, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (offset < 0)
            errors["offset"] = ["Use 0 or more."];
        if (limit is < 1 or > 200)
            errors["limit"] = ["Use 1 to 200."];
        if (errors.Count > 0)
            throw new DomainValidationException(errors);
        await using var db = contexts.CreateDbContext();
        var total = await db.DeletionRequests.CountAsync(cancellationToken);
        var rows = await db.DeletionRequests.AsNoTracking().OrderByDescending(r => r.Id).Skip(offset).Take(limit).ToListAsync(cancellationToken);
        return new DeletionPage(rows.Select(DeletionView.Of).ToList(), total);
    }

    /// <summary>Requests the job should take up: queued ones, and running ones whose run stopped (not touched for a while).</summary>
    public async Task<IReadOnlyList<long>> PendingAsync(TimeSpan stalledAfter, CancellationToken cancellationToken)
    {
        var stalled = time.GetUtcNow().UtcDateTime - stalledAfter;
        await using var db = contexts.CreateDbContext();
        return await db.DeletionRequests.AsNoTracking()
            .Where(r => r.Status == DeletionStatus.Queued || (r.Status == DeletionStatus.Running && r.StartedAt < stalled))
            .OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(cancellationToken);
    }

    private static DeletionMode? ParseMode(string? mode) => mode?.Trim().ToLowerInvariant() switch
    {
        null or "" => null,
        "delete" => DeletionMode.Delete,
        "anonymise" or "anonymize" => DeletionMode.Anonymise,
        _ => throw new DomainValidationException("mode", $"'{mode}' is not a mode: use delete (the person's events are deleted) or anonymise (they are kept without anything that identifies the person)."),
    };
}
