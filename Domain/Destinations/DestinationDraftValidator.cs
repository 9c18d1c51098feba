using Lodestar.Domain.Destinations.Sending;
using Lodestar.Domain.Privacy;

namespace Lodestar.Domain.Destinations;

/// <summary>Checks a draft against its type's settings; all problems at once, keyed by field (settings by their key).</summary>
internal static class DestinationDraftValidator
{
    public static Dictionary<string, string[]> Validate(
        DestinationDraft draft, IDestinationType? type, DestinationTarget target, IReadOnlyList<string> consentCategories)
    {
        var errors = new Dictionary<string, string[]>();
        var name = draft.Name?.Trim();
        if (string.IsNullOrEmpty(name))
            errors["name"] = ["Enter a name for the destination."];
        else if (name.Length > DestinationLimits.NameLength)
            errors["name"] = [$"The name can have at most {DestinationLimits.NameLength} characters."];
        if (type is null)
        {
            errors["type"] = [$"'{draft.Type}' is not a destination type: choose one of {string.Join(", ", DestinationTypeNames.All)}."];
            return errors;
        }

        var known = type.Info.Fields.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var key in (draft.Settings?.Keys ?? []).Concat(draft.Secrets?.Keys ?? []).Where(k => !known.Contains(k)))
            errors[key] = [$"'{key}' is not a setting of {type.Info.Title}: use {string.Join(", ", known)}."];
        foreach (var (key, message) in type.Validate(target))
            errors[key] = [message];
        if (draft.RequiredConsentCategory is { Length: > 0 } category && !consentCategories.Contains(category))
            errors["requiredConsentCategory"] = [$"'{category}' is not a consent category: choose one of {string.Join(", ", consentCategories)}, or none."];
        if (draft.BatchSize is { } size && size is < 1 or > DestinationLimits.MaxBatchSize)
            errors["batchSize"] = [$"The batch size must be between 1 and {DestinationLimits.MaxBatchSize:N0}."];
        if (draft.RequestsPerSecond is { } rate && (rate <= 0 || rate > 10_000 || double.IsNaN(rate)))
            errors["requestsPerSecond"] = ["Requests per second must be above 0 and at most 10,000 (leave it empty for no limit)."];
        return errors;
    }
}
