using System.Globalization;

namespace Lodestar.Domain.Crm.Import;

/// <summary>One row of the file seen through the mapping; parse problems are collected under the field's name.</summary>
internal sealed class CrmImportRow(int number, string[] values, IReadOnlyDictionary<string, int> columnOf)
{
    public int Number { get; } = number;

    public List<CrmImportRejection> Problems { get; } = [];

    public string? Text(string field) =>
        columnOf.TryGetValue(field, out var i) && i < values.Length && values[i].Trim() is { Length: > 0 } text ? text : null;

    public long? Id(string field) => Parse<long>(field, "a whole number such as 42", s => long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : (long?)null);

    public int? Number32(string field) => Parse<int>(field, "a whole number such as 250", s => int.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var v) ? v : null);

    public DateOnly? Date(string field) => Parse<DateOnly>(field, "a date written as 1980-03-02",
        s => DateOnly.TryParseExact(s, ["yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var v) ? v : null);

    public void Reject(string field, string message) => Problems.Add(new CrmImportRejection(Number, field, message));

    /// <summary>The validator's refusal, field by field.</summary>
    public void Reject(DomainValidationException refused)
    {
        foreach (var (field, messages) in refused.Errors)
            foreach (var message in messages)
                Reject(field, message);
    }

    private T? Parse<T>(string field, string shape, Func<string, T?> parse) where T : struct
    {
        if (Text(field) is not { } text)
            return null;
        var value = parse(text);
        if (value is null)
            Reject(field, $"'{text}' is not {shape}.");
        return value;
    }
}
