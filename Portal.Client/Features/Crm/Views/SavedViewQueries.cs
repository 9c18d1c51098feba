using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lodestar.Portal.Client.Features.Crm.Views;

/// <summary>A list's query object as a saved view keeps it: JSON in the list API's parameter names.</summary>
public static class SavedViewQueries
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private static readonly string[] Paging = ["offset", "limit"];

    public static JsonElement ToJson<TQuery>(TQuery query) => JsonSerializer.SerializeToElement(query, Json);

    /// <exception cref="JsonException">The JSON is not a <typeparamref name="TQuery"/>.</exception>
    public static TQuery FromJson<TQuery>(JsonElement query) => query.Deserialize<TQuery>(Json) ?? throw new JsonException("The saved query is empty.");

    /// <summary>
    /// Whether the two list the same records in the same order: a blank, false or an empty list is no filter, and the page
    /// does not count (a view opens at its first page).
    /// </summary>
    public static bool Same<TQuery>(TQuery query, JsonElement saved) => Key(ToJson(query)) == Key(saved);

    private static string Key(JsonElement query) => query.ValueKind != JsonValueKind.Object ? "" : string.Join("&", query.EnumerateObject()
        .Where(p => !Paging.Contains(p.Name, StringComparer.OrdinalIgnoreCase) && !Blank(p.Value))
        .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
        .Select(p => p.Name.ToLowerInvariant() + "=" + p.Value.GetRawText()));

    private static bool Blank(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.False or JsonValueKind.Undefined => true,
        JsonValueKind.String => string.IsNullOrWhiteSpace(value.GetString()),
        JsonValueKind.Array => value.GetArrayLength() == 0,
        _ => false,
    };
}
