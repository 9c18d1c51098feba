using System.Globalization;
using Lodestar.Portal.Client.Features.Crm;

namespace Lodestar.Portal.Client.Features.Economics.Spend;

/// <summary>A spend row as the person edits it (cost in the currency's units), with what the server refused per field.</summary>
public sealed class SpendForm
{
    public static readonly IReadOnlyList<string> Fields = ["date", "channel", "campaign", "cost", "currency"];

    public DateTime? Date { get; set; }

    public string? Channel { get; set; }

    public string? Campaign { get; set; }

    public decimal? Cost { get; set; }

    public string? Currency { get; set; }

    public FieldErrors Errors { get; set; } = FieldErrors.None;

    public static SpendForm From(SpendRowDto row) => new()
    {
        Date = DateTime.TryParseExact(row.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null,
        Channel = row.Channel,
        Campaign = row.Campaign,
        Cost = row.Cost,
        Currency = row.Currency,
    };

    public SpendInputDto ToInput() =>
        new(Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ContactForm.Clean(Channel), ContactForm.Clean(Campaign), Cost, Code(Currency));

    private static string? Code(string? currency) => ContactForm.Clean(currency)?.ToUpperInvariant();
}
