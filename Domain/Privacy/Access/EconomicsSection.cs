using Lodestar.Domain.Data;
using Lodestar.Domain.Economics.Ledger;
using Lodestar.Domain.Identity;
using Lodestar.Domain.Money;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Privacy.Access;

/// <summary>
/// <c>value</c>: the lifetime value the last economics run computed for the person's profiles (in the workspace currency)
/// and the historical transactions imported from files that name one of their identifiers.
/// </summary>
internal static class EconomicsSection
{
    public static async Task WriteAsync(PortalDbContext db, SubjectExport export, string currency, SubjectJsonWriter w, SubjectExportSummary summary,
        CancellationToken cancellationToken)
    {
        var profiles = export.Footprint.ProfileIds.ToList();
        var values = await db.CustomerEconomics.AsNoTracking().Where(c => profiles.Contains(c.ProfileId)).OrderBy(c => c.ProfileId).ToListAsync(cancellationToken);
        var json = w.Json;
        json.WriteStartObject("value");
        json.WriteStartArray("lifetimeValue");
        foreach (var c in values)
        {
            json.WriteStartObject();
            json.WriteNumber("profileId", c.ProfileId);
            w.Time("firstPurchaseAt", c.FirstPurchaseAt);
            w.Time("lastPurchaseAt", c.LastPurchaseAt);
            json.WriteString("acquisitionChannel", c.Channel);
            json.WriteNumber("orders", c.Orders);
            json.WriteNumber("revenueToDate", Currencies.ToMajor(c.Revenue, currency));
            if (c.PredictedClv is { } predicted)
                json.WriteNumber("predictedValueNext12Months", Currencies.ToMajor(predicted, currency));
            else
                json.WriteNull("predictedValueNext12Months");
            w.Number("probabilityStillActive", c.ProbabilityAlive);
            json.WriteString("currency", currency);
            json.WriteEndObject();
            summary.LifetimeValues++;
        }

        json.WriteEndArray();
        await WriteImportedAsync(db, export, w, summary, cancellationToken);
        json.WriteEndObject();
        await w.FlushIfFullAsync(cancellationToken);
    }

    private static async Task WriteImportedAsync(PortalDbContext db, SubjectExport export, SubjectJsonWriter w, SubjectExportSummary summary,
        CancellationToken cancellationToken)
    {
        var userIds = export.Footprint.Identifiers.Where(i => i.Type == IdentifierTypes.UserId).Select(i => i.Value).ToList();
        // Files name emails as typed: compared without case, as identity resolution does.
        var emails = export.Footprint.Identifiers.Where(i => i.Type == IdentifierTypes.Email).Select(i => i.Value).ToList();
        var rows = userIds.Count + emails.Count == 0
            ? []
            : await db.ImportedTransactions.AsNoTracking()
                .Where(t => (t.IdentifierType == IdentifierTypes.UserId && userIds.Contains(t.IdentifierValue))
                    || (t.IdentifierType == IdentifierTypes.Email && emails.Contains(t.IdentifierValue.ToLower())))
                .OrderBy(t => t.OccurredAt).ThenBy(t => t.Id).ToListAsync(cancellationToken);
        var json = w.Json;
        json.WriteStartArray("importedTransactions");
        foreach (var t in rows)
        {
            json.WriteStartObject();
            json.WriteString("orderId", t.OrderId);
            json.WriteString("kind", t.Kind == RevenueKind.Refund ? "refund" : "order");
            w.Time("occurredAt", t.OccurredAt);
            json.WriteNumber("amount", Currencies.ToMajor(t.Amount, t.Currency));
            json.WriteString("currency", t.Currency);
            json.WriteString("identifier", $"{t.IdentifierType} {t.IdentifierValue}");
            json.WriteString("importedFrom", t.FileName);
            w.Time("importedAt", t.ImportedAt);
            json.WriteEndObject();
            summary.ImportedTransactions++;
        }

        json.WriteEndArray();
    }
}
