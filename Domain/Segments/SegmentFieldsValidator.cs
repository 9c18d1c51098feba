using Lodestar.Domain.Segments.Rules;

namespace Lodestar.Domain.Segments;

/// <summary>Checks a draft's own fields and its rule's shape (references to other rows are checked by the service).</summary>
public static class SegmentFieldsValidator
{
    public static Dictionary<string, string[]> Validate(string? name, string? description, int refreshMinutes)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(name))
            errors["name"] = ["Give the segment a name."];
        else if (name.Trim().Length > SegmentLimits.NameLength)
            errors["name"] = [$"The name can be at most {SegmentLimits.NameLength} characters."];
        if (description?.Length > SegmentLimits.DescriptionLength)
            errors["description"] = [$"The description can be at most {SegmentLimits.DescriptionLength} characters."];
        if (refreshMinutes is < SegmentLimits.MinRefreshMinutes or > SegmentLimits.MaxRefreshMinutes)
            errors["refreshMinutes"] = [$"Refresh every {SegmentLimits.MinRefreshMinutes} to {SegmentLimits.MaxRefreshMinutes:N0} minutes (a week)."];
        return errors;
    }

    public static void Check(SegmentDraft draft)
    {
        var errors = Validate(draft.Name, draft.Description, draft.RefreshMinutes);
        if (draft.Rule is null)
            errors["rule"] = ["A dynamic segment needs a rule."];
        else
        {
            foreach (var (key, messages) in SegmentRuleValidator.Validate(draft.Rule))
                errors[key] = messages;
        }

        if (errors.Count > 0)
            throw new DomainValidationException(errors);
    }
}
