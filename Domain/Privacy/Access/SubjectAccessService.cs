using Lodestar.Domain.Data;
using Lodestar.Domain.Economics.Settings;
using Lodestar.Domain.Identity;
using Lodestar.Domain.Privacy.Subjects;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Privacy.Access;

/// <summary>
/// Subject access (the right of access): everything held about one person as one JSON document. The person is found as
/// an erasure finds them (<see cref="SubjectFootprintService"/>), from any identifier or a profile id; the document is
/// streamed, section by section and events in chunks of ids, so its size never sits in memory. Reads only.
/// </summary>
public sealed class SubjectAccessService(
    IDbContextFactory<PortalDbContext> contexts, SubjectFootprintService footprints, IdentityRulesService rules,
    ConsentCategoryService categories, EconomicsSettingsService economics, TimeProvider time)
{
    private const int MaxMergeDepth = 1000;

    /// <param name="type">An identifier type as <see cref="SubjectIdentifierParser"/> reads it (email, phone, userId, anonymousId, crmContactId, …).</param>
    /// <exception cref="DomainValidationException">The type is unknown or the value identifies nobody (keyed <c>type</c> or <c>value</c>).</exception>
    /// <exception cref="NotFoundException">Nothing is held about the identifier.</exception>
    public async Task<SubjectExport> LocateAsync(string? type, string? value, CancellationToken cancellationToken)
    {
        var key = SubjectIdentifierParser.Parse(type, value, await rules.GetAsync(cancellationToken), "type", "value");
        var footprint = await footprints.LocateAsync(key, cancellationToken);
        if (footprint.IsEmpty)
            throw new NotFoundException($"Lodestar holds nothing about the {key.Type} '{value!.Trim()}': no profile, CRM contact or event has it.");
        return new SubjectExport
        {
            Identifier = key, Footprint = footprint, GeneratedAt = Now, SubjectProfileId = await MainProfileAsync(footprint, cancellationToken),
        };
    }

    /// <summary>The person a profile belongs to (a merged profile leads to the one it was merged into).</summary>
    /// <exception cref="NotFoundException">There is no such profile.</exception>
    public async Task<SubjectExport> LocateProfileAsync(long profileId, CancellationToken cancellationToken)
    {
        List<IdentifierKey> identifiers;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var root = await db.Profiles.AsNoTracking().Where(p => p.Id == profileId).Select(p => new { p.Id, p.MergedIntoId }).FirstOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException($"There is no profile {profileId}.");
            for (var depth = 0; root.MergedIntoId is { } into && depth < MaxMergeDepth; depth++)
                root = await db.Profiles.AsNoTracking().Where(p => p.Id == into).Select(p => new { p.Id, p.MergedIntoId }).FirstAsync(cancellationToken);
            identifiers = (await db.ProfileIdentifiers.AsNoTracking().Where(i => i.ProfileId == root.Id).Select(i => new { i.Type, i.Value }).ToListAsync(cancellationToken))
                .Select(i => new IdentifierKey(i.Type, i.Value)).OrderBy(k => k.Type, StringComparer.Ordinal).ThenBy(k => k.Value, StringComparer.Ordinal).ToList();
        }

        if (identifiers.Count == 0)
            throw new NotFoundException($"Profile {profileId} holds no identifiers, so nothing can be found through it.");
        var footprint = await footprints.LocateAsync(identifiers[0], identifiers, cancellationToken);
        return new SubjectExport { ProfileId = profileId, Footprint = footprint, GeneratedAt = Now, SubjectProfileId = profileId };
    }

    /// <summary>Writes the document to the stream (flushing as it goes) and says how many records of each kind it holds.</summary>
    public async Task<SubjectExportSummary> WriteAsync(SubjectExport export, Stream stream, CancellationToken cancellationToken)
    {
        var configured = await categories.GetAsync(cancellationToken);
        var currency = (await economics.GetAsync(cancellationToken)).Currency;
        var summary = new SubjectExportSummary();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var w = new SubjectJsonWriter(stream);
        var json = w.Json;
        json.WriteStartObject();
        SubjectExportGuide.Write(w, export);
        await ProfileSection.WriteAsync(db, export, w, summary, cancellationToken);
        await ConsentSection.WriteAsync(db, export, configured, w, summary, cancellationToken);
        await SegmentSection.WriteAsync(db, export, w, summary, cancellationToken);
        await DestinationSection.WriteAsync(db, export, w, summary, cancellationToken);
        await CrmSection.WriteAsync(db, export, w, summary, cancellationToken);
        await EconomicsSection.WriteAsync(db, export, currency, w, summary, cancellationToken);
        await EventSection.WriteAsync(db, export, w, summary, cancellationToken);
        json.WriteStartObject("summary");
        foreach (var (name, count) in summary.Counts)
            json.WriteNumber(name, count);
        json.WriteEndObject();
        json.WriteEndObject();
        return summary;
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private async Task<long?> MainProfileAsync(SubjectFootprint footprint, CancellationToken cancellationToken)
    {
        if (footprint.ProfileIds.Count == 0)
            return null;
        var ids = footprint.ProfileIds.ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Profiles.AsNoTracking().Where(p => ids.Contains(p.Id) && p.MergedIntoId == null).OrderBy(p => p.Id).Select(p => (long?)p.Id)
            .FirstOrDefaultAsync(cancellationToken) ?? ids.Min();
    }
}
