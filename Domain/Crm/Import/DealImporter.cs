using System.Globalization;
using Lodestar.Domain.Crm.Deals;
using Lodestar.Domain.Data;
using Lodestar.Domain.Ingestion;
using Lodestar.Domain.Money;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Crm.Import;

/// <summary>
/// Deals from import rows: pipeline and stage by name (the first pipeline and its first stage when empty), the amount
/// as people write it (1250.50) in the row's currency, account by id or name, contact by id or email.
/// </summary>
internal static class DealImporter
{
    public static async Task<List<(Deal Deal, DealView View)>> CheckAsync(PortalDbContext db, IReadOnlyList<CrmImportRow> rows, DateTime now,
        CancellationToken cancellationToken)
    {
        var references = await ImportReferences.LoadAsync(db, cancellationToken);
        var pipelines = await db.Pipelines.AsNoTracking().Include(p => p.Stages).OrderBy(p => p.Position).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        var contactsByEmail = (await db.Contacts.AsNoTracking().Where(c => c.Email != null).Select(c => new { c.Id, c.Email }).ToListAsync(cancellationToken))
            .GroupBy(c => c.Email!.ToLowerInvariant()).ToDictionary(g => g.Key, g => g.Select(c => c.Id).ToList());
        var contactIds = (await db.Contacts.Select(c => c.Id).ToListAsync(cancellationToken)).ToHashSet();
        var deals = new List<(Deal, DealView)>(rows.Count);
        foreach (var row in rows)
        {
            var pipeline = row.Text("pipeline") is { } pipelineName
                ? pipelines.FirstOrDefault(p => string.Equals(p.Name, pipelineName, StringComparison.OrdinalIgnoreCase))
                : pipelines.FirstOrDefault();
            if (pipeline is null)
                row.Reject("pipeline", row.Text("pipeline") is { } missing ? $"There is no pipeline named '{missing}'." : "There is no pipeline yet: create one first.");
            var stages = pipeline?.Stages.OrderBy(s => s.Position).ToList() ?? [];
            var stage = row.Text("stage") is { } stageName ? stages.FirstOrDefault(s => string.Equals(s.Name, stageName, StringComparison.OrdinalIgnoreCase)) : stages.FirstOrDefault();
            if (pipeline is not null && stage is null)
                row.Reject("stage", $"'{pipeline.Name}' has no stage named '{row.Text("stage")}': use one of {string.Join(", ", stages.Select(s => s.Name))}.");
            var currency = row.Text("currency")?.ToUpperInvariant();
            long? amount = null;
            if (row.Text("amount") is { } amountText)
            {
                if (!decimal.TryParse(amountText, NumberStyles.Number, CultureInfo.InvariantCulture, out var major))
                    row.Reject("amount", $"'{amountText}' is not an amount: write it like 1250.50.");
                else if (currency is not null && Currencies.IsCode(currency) && (amount = Currencies.ToMinor(major, currency)) is null)
                    row.Reject("amount", $"{currency} has {Currencies.DigitsOf(currency)} decimals: '{amountText}' has more.");
            }

            var input = new DealFields
            {
                Name = row.Text("name"), Amount = amount, Currency = currency, CloseDate = row.Date("closeDate"), Probability = row.Number32("probability"),
                OwnerId = references.Owner(row), AccountId = references.Account(row), ContactId = Contact(row, contactIds, contactsByEmail),
                CloseReason = row.Text("closeReason"),
            };
            try
            {
                var fields = DealValidator.Normalize(input);
                if (stage is null || pipeline is null)
                    continue;
                var errors = new Dictionary<string, string[]>();
                DealValidator.CheckClose(errors, stage.Outcome, fields.CloseReason, stage.Name);
                if (errors.Count > 0)
                    throw new DomainValidationException(errors);
                var deal = new Deal { Name = "", Currency = "", CreatedAt = now, UpdatedAt = now, StageChangedAt = now, Version = 1 };
                DealFieldValues.Apply(deal, fields, stage);
                deal.ClosedAt = stage.Outcome == StageOutcome.Open ? null : now;
                deals.Add((deal, new DealView(deal, pipeline.Name, stage.Name, stage.Outcome, deal.Probability ?? stage.Probability, null, null, null)));
            }
            catch (DomainValidationException refused)
            {
                row.Reject(refused);
            }
        }

        return deals;
    }

    /// <summary>Stores the deals with their Deal Created (and Won or Lost) events, as deals saved in the form.</summary>
    public static async Task StoreAsync(PortalDbContext db, List<(Deal Deal, DealView View)> deals, int sourceId, DateTime now, CancellationToken cancellationToken)
    {
        db.Deals.AddRange(deals.Select(d => d.Deal));
        await db.SaveChangesAsync(cancellationToken);
        await EventRows.AddAsync(db, deals.SelectMany(d => DealMessages.For(d.Deal, d.View, null, sourceId, now)).ToList(), cancellationToken);
    }

    private static long? Contact(CrmImportRow row, HashSet<long> ids, Dictionary<string, List<long>> byEmail)
    {
        if (row.Id("contactId") is { } id)
        {
            if (!ids.Contains(id))
                row.Reject("contactId", $"There is no contact with id {id}.");
            return id;
        }

        if (row.Text("contactEmail") is not { } email)
            return null;
        if (byEmail.TryGetValue(email.ToLowerInvariant(), out var matches) && matches.Count == 1)
            return matches[0];
        row.Reject("contactEmail", matches is null
            ? $"No contact has the email '{email}': import or create the contact first, or leave it empty."
            : $"{matches.Count} contacts have the email '{email}': give the contact's id in contactId instead.");
        return null;
    }
}
