using System.Globalization;
using Lodestar.Domain.Data;
using Lodestar.Domain.Economics.Ledger;
using Lodestar.Domain.Economics.Settings;
using Lodestar.Domain.Money;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Economics.Import;

/// <summary>
/// Imports historical transactions from CSV (order_id, date, amount, currency, user_id or email, optional type
/// order/refund): every row is checked and the file is stored completely, or nothing is and each wrong field is named.
/// </summary>
public sealed class RevenueImportService(IDbContextFactory<PortalDbContext> contexts, EconomicsSettingsService settings, TimeProvider time)
{
    private static readonly string[] Required = ["order_id", "date", "amount"];
    private static readonly string[] Optional = ["type", "currency", "user_id", "email"];

    /// <returns>How many transactions were stored.</returns>
    /// <exception cref="DomainValidationException">Under <c>file</c>, or per field as <c>rows[n].field</c> (n: the line, the header is 1).</exception>
    public async Task<int> ImportAsync(TextReader file, string fileName, CancellationToken cancellationToken)
    {
        var csv = EconomicsCsv.Read(file, Required, Optional);
        var workspaceCurrency = (await settings.GetAsync(cancellationToken)).Currency;
        var now = time.GetUtcNow().UtcDateTime;
        var errors = new Dictionary<string, string[]>();
        var rows = new List<(int Index, ImportedTransaction Row)>();
        for (var i = 0; i < csv.Table.Rows.Count; i++)
        {
            if (Check(csv, csv.Table.Rows[i], EconomicsCsv.RowKey(i), workspaceCurrency, errors) is { } row)
            {
                row.FileName = fileName.Length > 260 ? fileName[..260] : fileName;
                row.ImportedAt = now;
                rows.Add((i, row));
            }
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await RejectRepeatsAsync(db, rows, errors, cancellationToken);
        if (errors.Count > 0)
            throw new DomainValidationException(errors);
        db.ImportedTransactions.AddRange(rows.Select(r => r.Row));
        await db.SaveChangesAsync(cancellationToken);
        return rows.Count;
    }

    private static ImportedTransaction? Check(EconomicsCsv csv, string[] cells, string key, string workspaceCurrency, Dictionary<string, string[]> errors)
    {
        var before = errors.Count;
        void Fail(string field, string message) => errors[$"{key}.{field}"] = [message];

        var orderId = csv.Cell(cells, "order_id")?.Trim();
        if (string.IsNullOrEmpty(orderId) || orderId.Length > 100)
            Fail("order_id", "Give the order's id (up to 100 characters): an order is counted once, however often it is reported.");
        var kind = (csv.Cell(cells, "type")?.Trim().ToLowerInvariant()) switch
        {
            null or "" or "order" => RevenueKind.Import,
            "refund" => RevenueKind.Refund,
            var other => Unknown(other),
        };
        RevenueKind Unknown(string text)
        {
            Fail("type", $"'{text}' is not a type: write order or refund (empty is order).");
            return RevenueKind.Import;
        }

        var dateText = csv.Cell(cells, "date")?.Trim();
        if (!DateTime.TryParse(dateText, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at))
            Fail("date", $"'{dateText}' is not a date: write YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ (UTC).");
        var currency = csv.Cell(cells, "currency")?.Trim().ToUpperInvariant() is { Length: > 0 } code ? code : workspaceCurrency;
        if (!Currencies.IsCode(currency))
            Fail("currency", $"'{currency}' is not an ISO 4217 code: write three letters such as USD (empty is {workspaceCurrency}).");
        long amount = 0;
        var amountText = csv.Cell(cells, "amount")?.Trim();
        if (!decimal.TryParse(amountText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var major) || major >= 1e13m)
            Fail("amount", $"'{amountText}' is not an amount: write a number of 0 or more with a decimal point, e.g. 49.90 (a refund is a positive amount of type refund).");
        else if (Currencies.IsCode(currency) && Currencies.ToMinor(major, currency) is { } minor)
            amount = minor;
        else if (Currencies.IsCode(currency))
            Fail("amount", $"{currency} has {Currencies.DigitsOf(currency)} decimals: '{amountText}' has more.");
        var userId = csv.Cell(cells, "user_id")?.Trim();
        var email = csv.Cell(cells, "email")?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(userId) && string.IsNullOrEmpty(email))
            Fail("user_id", "Name the customer by user_id or email: the transaction counts for the profile holding it.");
        else if ((userId ?? email)!.Length > Events.EventLimits.IdentifierLength)
            Fail(string.IsNullOrEmpty(userId) ? "email" : "user_id", $"Identifiers are at most {Events.EventLimits.IdentifierLength} characters.");

        if (errors.Count > before)
            return null;
        return new ImportedTransaction
        {
            OrderId = orderId!, Kind = kind, OccurredAt = at, Amount = amount, Currency = currency,
            IdentifierType = string.IsNullOrEmpty(userId) ? "email" : "user_id", IdentifierValue = string.IsNullOrEmpty(userId) ? email! : userId,
            FileName = "",
        };
    }

    /// <summary>An order (or its refund) twice in the file, or already imported, would be counted once: the row is refused so the file says what it means.</summary>
    private static async Task RejectRepeatsAsync(PortalDbContext db, List<(int Index, ImportedTransaction Row)> rows, Dictionary<string, string[]> errors,
        CancellationToken cancellationToken)
    {
        var stored = new HashSet<(string, RevenueKind)>();
        foreach (var chunk in rows.Select(r => r.Row.OrderId).Distinct().Chunk(500))
            stored.UnionWith((await db.ImportedTransactions.AsNoTracking().Where(t => chunk.Contains(t.OrderId))
                .Select(t => new { t.OrderId, t.Kind }).ToListAsync(cancellationToken)).Select(t => (t.OrderId, t.Kind)));
        var seen = new HashSet<(string, RevenueKind)>();
        foreach (var (index, row) in rows)
        {
            var what = row.Kind == RevenueKind.Refund ? $"refund of order '{row.OrderId}'" : $"order '{row.OrderId}'";
            if (stored.Contains((row.OrderId, row.Kind)))
                errors[$"{EconomicsCsv.RowKey(index)}.order_id"] = [$"The {what} was imported before."];
            else if (!seen.Add((row.OrderId, row.Kind)))
                errors[$"{EconomicsCsv.RowKey(index)}.order_id"] = [$"The {what} is in the file twice."];
        }
    }
}
