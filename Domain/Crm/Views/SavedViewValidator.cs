namespace Lodestar.Domain.Crm.Views;

/// <summary>Checks a view being saved: a list it is for, a name (unique among its owner's views of that list) and a query that parses for the list.</summary>
public static class SavedViewValidator
{
    public const int NameLength = 80;

    /// <param name="ownerViews">The views the owner has now, by list and name.</param>
    /// <exception cref="DomainValidationException">Every wrong field at once; the query's properties as <c>query.&lt;property&gt;</c>.</exception>
    public static CheckedSavedViewFields Normalize(SavedViewFields input, IReadOnlyCollection<(SavedViewKind Kind, string Name)> ownerViews)
    {
        var errors = new Dictionary<string, string[]>();
        var kind = SavedViewNames.Parse(input.Kind);
        if (kind is null)
            CrmFieldRules.Add(errors, "kind", string.IsNullOrWhiteSpace(input.Kind)
                ? $"Say which list the view is for: {SavedViewNames.Choices}."
                : $"'{input.Kind.Trim()}' is not a CRM list: use {SavedViewNames.Choices}.");
        var name = CrmFieldRules.Text(errors, "name", "a name", input.Name, NameLength, required: true);
        if (kind is { } list && name is not null && ownerViews.Any(v => v.Kind == list && v.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
            CrmFieldRules.Add(errors, "name", $"You already have a {SavedViewNames.Of(list)} view called '{name}': choose another name, or delete that view first.");
        var query = kind is { } k ? SavedViewQuery.Normalize(k, input.Query, errors) : null;
        if (errors.Count > 0)
            throw new DomainValidationException(errors);
        return new CheckedSavedViewFields(kind!.Value, name!, input.Shared, query!);
    }
}
