using System.Text.Json;

namespace Lodestar.Domain.Privacy.Pii;

/// <summary>Reads what ingestion did to a stored message (<c>context.lodestar.pii</c>), for the event debugger.</summary>
public static class PiiMarks
{
    public static IReadOnlyList<PiiRule> Read(string raw)
    {
        // Most messages carry no marks: skip parsing them.
        if (!raw.Contains("\"lodestar\"", StringComparison.Ordinal))
            return [];
        try
        {
            using var document = JsonDocument.Parse(raw);
            if (!document.RootElement.TryGetProperty(PiiRuleSet.Context, out var context) || context.ValueKind != JsonValueKind.Object
                || !context.TryGetProperty(PiiRuleSet.Reserved, out var own) || own.ValueKind != JsonValueKind.Object
                || !own.TryGetProperty("pii", out var marks) || marks.ValueKind != JsonValueKind.Array)
                return [];
            var found = new List<PiiRule>();
            foreach (var mark in marks.EnumerateArray())
            {
                if (mark.ValueKind == JsonValueKind.Object
                    && mark.TryGetProperty("path", out var path) && path.ValueKind == JsonValueKind.String
                    && mark.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.String
                    && PiiRuleParser.ParseAction(action.GetString()) is { } parsed)
                    found.Add(new PiiRule(path.GetString()!, parsed));
            }

            return found;
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
