using System.Text;
using System.Text.Json;

namespace Lodestar.Domain.Crm.Views;

/// <summary>
/// A saved view's query: a JSON object of its list's query properties, named as the list API names them
/// (<c>{"q":"acme","ownerId":"…","sort":"-updatedAt"}</c>). Each property is checked against the list's filters, a wrong
/// one named as <c>query.&lt;property&gt;</c>; the stored form keeps the list's order and leaves out blanks and the page.
/// </summary>
public static class SavedViewQuery
{
    public const int MaxLength = 4_000;
    public const int MaxText = 200;

    /// <summary>The query in its stored form; null (with the reasons in <paramref name="errors"/>) when it does not parse for the kind.</summary>
    public static string? Normalize(SavedViewKind kind, string? json, Dictionary<string, string[]> errors)
    {
        var list = SavedViewNames.Of(kind);
        if (string.IsNullOrWhiteSpace(json) || json.Length > MaxLength)
        {
            CrmFieldRules.Add(errors, "query", string.IsNullOrWhiteSpace(json)
                ? $"Send the {list} list's search, filters and sort as a JSON object, such as {{\"q\":\"acme\",\"sort\":\"-updatedAt\"}}."
                : $"The query is too long: at most {MaxLength:N0} characters.");
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            CrmFieldRules.Add(errors, "query", $"The query is not JSON: {ex.Message}");
            return null;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                CrmFieldRules.Add(errors, "query", $"The query is a JSON object of the {list} list's filters, such as {{\"q\":\"acme\"}}.");
                return null;
            }

            return Canonical(kind, document.RootElement, errors);
        }
    }

    private static string? Canonical(SavedViewKind kind, JsonElement query, Dictionary<string, string[]> errors)
    {
        var filters = ViewFilters.Of(kind);
        var given = new Dictionary<ViewFilter, JsonElement>();
        foreach (var property in query.EnumerateObject())
        {
            if (filters.FirstOrDefault(f => f.Name.Equals(property.Name, StringComparison.OrdinalIgnoreCase)) is { } filter)
                given[filter] = property.Value;
            else
                CrmFieldRules.Add(errors, "query." + property.Name, $"'{property.Name}' is not a filter of the {SavedViewNames.Of(kind)} list: use "
                    + string.Join(", ", filters.Where(f => f.Type != ViewFilterType.Paging).Select(f => f.Name)) + ".");
        }

        var before = errors.Count;
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var filter in filters.Where(given.ContainsKey))
            {
                if (Problem(writer, filter, given[filter]) is { } problem)
                    CrmFieldRules.Add(errors, "query." + filter.Name, problem);
            }

            writer.WriteEndObject();
        }

        return errors.Count > before ? null : Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes the value in its stored form (nothing for a blank); returns what is wrong with it instead, if anything.</summary>
    private static string? Problem(Utf8JsonWriter writer, ViewFilter filter, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Null || (value.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(value.GetString())))
            return null;
        var name = filter.Name;
        var problem = filter.Type switch
        {
            ViewFilterType.Text => value.ValueKind != JsonValueKind.String ? $"{name} is text."
                : value.GetString()!.Trim().Length > MaxText ? $"{name} is too long: at most {MaxText} characters." : null,
            ViewFilterType.Id => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var id) && id > 0 ? null : $"{name} is a record id: a whole number above 0.",
            ViewFilterType.Flag => value.ValueKind is JsonValueKind.True or JsonValueKind.False ? null : $"{name} is true or false.",
            ViewFilterType.Choice => ChoiceOf(filter, value) is not null ? null : $"{name} is one of {string.Join(", ", filter.Choices!)}.",
            ViewFilterType.Choices => value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(v => ChoiceOf(filter, v) is not null)
                ? null
                : $"{name} is a list of any of {string.Join(", ", filter.Choices!)}.",
            ViewFilterType.Sort => value.ValueKind == JsonValueKind.String
                ? CrmSorts.Problem(value.GetString()!.Trim(), filter.Choices!)
                : $"{name} is text: one of {string.Join(", ", filter.Choices!)}, with a leading '-' for descending.",
            _ => value.ValueKind == JsonValueKind.Number ? null : $"{name} is a number (the page, which a saved view does not keep).",
        };
        if (problem is null)
            Write(writer, filter, value);
        return problem;
    }

    /// <summary>The stored form: text trimmed, choices in lower case and each once, false flags and the page left out.</summary>
    private static void Write(Utf8JsonWriter writer, ViewFilter filter, JsonElement value)
    {
        switch (filter.Type)
        {
            case ViewFilterType.Text or ViewFilterType.Sort:
                writer.WriteString(filter.Name, value.GetString()!.Trim());
                break;
            case ViewFilterType.Id:
                writer.WriteNumber(filter.Name, value.GetInt64());
                break;
            case ViewFilterType.Flag when value.GetBoolean():
                writer.WriteBoolean(filter.Name, true);
                break;
            case ViewFilterType.Choice:
                writer.WriteString(filter.Name, ChoiceOf(filter, value));
                break;
            case ViewFilterType.Choices when value.GetArrayLength() > 0:
                writer.WriteStartArray(filter.Name);
                foreach (var choice in value.EnumerateArray().Select(v => ChoiceOf(filter, v)).Distinct())
                    writer.WriteStringValue(choice);
                writer.WriteEndArray();
                break;
        }
    }

    private static string? ChoiceOf(ViewFilter filter, JsonElement value) => value.ValueKind == JsonValueKind.String
        ? filter.Choices!.FirstOrDefault(c => c.Equals(value.GetString()!.Trim(), StringComparison.OrdinalIgnoreCase))
        : null;
}
