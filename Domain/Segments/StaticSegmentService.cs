using Lodestar.Domain.Crm;
using Lodestar.Domain.Crm.Import;
using Lodestar.Domain.Data;
using Lodestar.Domain.Data.Bulk;
using Lodestar.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Lodestar.Domain.Segments;

/// <summary>
/// Static segments from a CSV of identifiers: each column is an identifier type (its header: email, phone, user_id,
/// anonymous_id, device_id, crm_contact_id or a custom type), each cell an identifier, normalised as identity
/// resolution normalises it. Members are the profiles holding them at each refresh, so people who appear later join.
/// </summary>
public sealed class StaticSegmentService(IDbContextFactory<PortalDbContext> contexts, IdentityRulesService rules, SegmentService segments)
{
    private const int MaxRejected = 100;
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["userId"] = IdentifierTypes.UserId, ["anonymousId"] = IdentifierTypes.AnonymousId, ["deviceId"] = IdentifierTypes.DeviceId,
        ["crmContactId"] = CrmMessages.ContactIdType,
    };

    /// <exception cref="DomainValidationException">Under name, description or file; nothing is stored.</exception>
    public async Task<StaticSegmentReport> CreateAsync(string? name, string? description, TextReader csv, string user, CancellationToken cancellationToken)
    {
        var errors = SegmentFieldsValidator.Validate(name, description, SegmentLimits.MinRefreshMinutes);
        if (errors.Count > 0)
            throw new DomainValidationException(errors);
        var normalizer = new IdentifierNormalizer(await rules.GetAsync(cancellationToken));
        var table = CsvImportReader.Read(csv);
        var types = table.Columns.Select(c => TypeOf(c, normalizer.Rules)).ToList();
        var identifiers = new HashSet<(string Type, string Value)>();
        var rejected = new List<string>();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            for (var c = 0; c < types.Count && c < table.Rows[r].Length; c++)
            {
                var raw = table.Rows[r][c];
                if (string.IsNullOrWhiteSpace(raw))
                    continue;
                var rule = normalizer.Rules.Find(types[c]);
                if (normalizer.Normalize(raw, rule?.Normalization ?? IdentifierNormalization.Trim) is { } value)
                    identifiers.Add((types[c], value));
                else if (rejected.Count < MaxRejected)
                    rejected.Add($"Row {r + 2}, {table.Columns[c]}: '{raw}' is not a usable {types[c]} (invalid, or a blocked placeholder value).");
            }
        }

        if (identifiers.Count == 0)
            throw new DomainValidationException("file", "The file has no usable identifiers: put one identifier per cell under headers such as email, phone or user_id.");
        if (identifiers.Count > SegmentLimits.MaxStaticIdentifiers)
            throw new DomainValidationException("file", $"A static segment can have at most {SegmentLimits.MaxStaticIdentifiers:N0} identifiers; this file has {identifiers.Count:N0}.");
        return await StoreAsync(name!.Trim(), description, identifiers.ToList(), rejected, $"Uploaded {identifiers.Count:N0} identifiers.", user, cancellationToken);
    }

    /// <summary>
    /// A static segment of these people (a funnel step's, say), held by their identifiers as an upload is, so that
    /// later merges keep them in it.
    /// </summary>
    /// <param name="origin">Where the people came from, for the segment's history.</param>
    /// <exception cref="DomainValidationException">Under name, description or people; nothing is stored.</exception>
    public async Task<StaticSegmentReport> CreateFromProfilesAsync(string? name, string? description, IReadOnlyCollection<long> profileIds,
        string origin, string user, CancellationToken cancellationToken)
    {
        var errors = SegmentFieldsValidator.Validate(name, description, SegmentLimits.MinRefreshMinutes);
        if (errors.Count > 0)
            throw new DomainValidationException(errors);
        if (profileIds.Count == 0)
            throw new DomainValidationException("people", "Nobody to save: choose a step (or drop-off) with people in it.");
        var identifiers = new List<(string Type, string Value)>();
        await using (var db = contexts.CreateDbContext())
        {
            foreach (var chunk in profileIds.Chunk(500))
            {
                var rows = await db.ProfileIdentifiers.AsNoTracking().Where(i => chunk.Contains(i.ProfileId))
                    .Select(i => new { i.Type, i.Value }).ToListAsync(cancellationToken);
                identifiers.AddRange(rows.Select(r => (r.Type, r.Value)));
            }
        }

        if (identifiers.Count > SegmentLimits.MaxStaticIdentifiers)
            throw new DomainValidationException("people", $"A static segment can hold at most {SegmentLimits.MaxStaticIdentifiers:N0} identifiers; these {profileIds.Count:N0} people have {identifiers.Count:N0}. Narrow the funnel first.");
        return await StoreAsync(name!.Trim(), description, identifiers.Distinct().ToList(), [],
            $"Created with the {profileIds.Count:N0} people of {origin}.", user, cancellationToken);
    }

    private async Task<StaticSegmentReport> StoreAsync(string name, string? description, List<(string Type, string Value)> identifiers,
        List<string> rejected, string note, string user, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        await SegmentService.CheckNameFreeAsync(db, name, null, cancellationToken);
        var segment = segments.New(name, description, SegmentKind.Static, null, SegmentLimits.MaxRefreshMinutes, user);
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await SegmentService.AddAsync(db, segment, note, cancellationToken);
            await using (var rows = new BulkInserter(db.Database.GetDbConnection(), transaction.GetDbTransaction(), "SegmentStaticIdentifiers", "SegmentId", "Type", "Value"))
                await rows.InsertAsync(identifiers, i => [segment.Id, i.Type, i.Value], cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        var matched = await (from s in db.SegmentStaticIdentifiers
                             where s.SegmentId == segment.Id
                             join i in db.ProfileIdentifiers on new { s.Type, s.Value } equals new { i.Type, i.Value }
                             select s).CountAsync(cancellationToken);
        return new StaticSegmentReport(segment, identifiers.Count, matched, rejected);
    }

    private static string TypeOf(string column, IdentityRules rules)
    {
        var type = Aliases.GetValueOrDefault(column.Trim(), column.Trim());
        if (rules.Find(type) is not null || type == CrmMessages.ContactIdType)
            return type;
        var known = string.Join(", ", rules.Types.Where(t => t.Enabled).Select(t => t.Type).Append(CrmMessages.ContactIdType));
        throw new DomainValidationException("file", $"The column '{column}' is not an identifier type; name each column after one: {known}.");
    }
}
