using System.Text;
using System.Text.Json;
using Lodestar.Portal.Client.Features.Segments.Rules;

namespace Lodestar.Portal.Client.Features.Funnels;

/// <summary>
/// A funnel query as text for the page's address (<c>/funnels?q=…</c>): its JSON, as the API reads it, in base64url so a
/// link stays short and survives being pasted into chats. The address (not browser storage) keeps the funnel because it
/// also makes it a link to share, and a reload shows the same results.
/// </summary>
public static class FunnelLink
{
    private static readonly JsonSerializerOptions Json = JsonSerializerOptions.Web;

    public static string Encode(FunnelQueryDto query) =>
        Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(query, Json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The query in a link; null when the text is not one (cut short, or from an older version of the page).</summary>
    public static FunnelQueryDto? Decode(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        try
        {
            var base64 = text.Trim().Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
            var query = JsonSerializer.Deserialize<FunnelQueryDto>(Encoding.UTF8.GetString(Convert.FromBase64String(base64)), Json);
            // An edited link can null what the builder relies on being there.
            return query is { Steps: not null, Exclusions: not null, HoldConstant: not null, ConversionWindow: not null }
                   && query.Steps.All(s => Complete(s?.Filters)) && query.Exclusions.All(e => Complete(e?.Filters))
                ? query
                : null;
        }
        catch (Exception ex) when (ex is FormatException or JsonException or NotSupportedException)
        {
            return null;
        }
    }

    private static bool Complete(List<PropertyFilterDto>? filters) => filters is not null && filters.All(f => f?.Test is not null);

    /// <summary>A copy that later edits in the builder do not change (the query behind the results shown).</summary>
    public static FunnelQueryDto Copy(FunnelQueryDto query) => Decode(Encode(query))!;
}
