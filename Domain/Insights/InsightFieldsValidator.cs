using System.Text.Json;

namespace Lodestar.Domain.Insights;

/// <summary>Checks a saved insight's own fields; errors are keyed by the API's JSON names.</summary>
public static class InsightFieldsValidator
{
    public static InsightFields Normalize(InsightFields fields)
    {
        var errors = new Dictionary<string, string[]>();
        var name = fields.Name?.Trim() ?? "";
        if (name.Length == 0)
            errors["name"] = ["Give the insight a name."];
        else if (name.Length > InsightLimits.NameLength)
            errors["name"] = [$"The name can be at most {InsightLimits.NameLength} characters."];
        if (!Enum.IsDefined(fields.Kind))
            errors["kind"] = ["The kind is funnel or paths."];
        if (QueryProblem(fields.QueryJson) is { } problem)
            errors["query"] = [problem];
        foreach (var (field, messages) in fields.QueryProblems ?? new Dictionary<string, string[]>())
            errors[field] = messages;
        if (errors.Count > 0)
            throw new DomainValidationException(errors);
        return fields with { Name = name };
    }

    private static string? QueryProblem(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
            return "Give the query to save.";
        if (json.Length > InsightLimits.QueryLength)
            return $"The query can be at most {InsightLimits.QueryLength / 1024} KB of JSON.";
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object ? null : "The query is a JSON object.";
        }
        catch (JsonException)
        {
            return "The query is not valid JSON.";
        }
    }
}
