namespace Lodestar.Portal.Client.Features.Segments.Rules;

/// <summary>The account fields a CRM condition can test, with their types (the Domain's <c>CrmAccountFields</c>).</summary>
public static class CrmAccountFields
{
    public static IReadOnlyDictionary<string, RuleValueType> Types { get; } = new Dictionary<string, RuleValueType>
    {
        ["name"] = RuleValueType.String,
        ["domain"] = RuleValueType.String,
        ["industry"] = RuleValueType.String,
        ["country"] = RuleValueType.String,
        ["employees"] = RuleValueType.Number,
    };

    public static string? Problem(string? field, ValueTestDto? test)
    {
        if (field is null || !Types.TryGetValue(field, out var type))
            return $"choose an account field: {string.Join(", ", Types.Keys)}.";
        return test is not null && test.Type != type ? $"the account's {field} is a {Words.Of(type)}." : null;
    }
}
