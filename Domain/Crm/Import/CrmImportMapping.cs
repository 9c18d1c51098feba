namespace Lodestar.Domain.Crm.Import;

/// <summary>
/// Which column fills which field. Unmapped fields stay empty; by default a column whose name is the field's name (ignoring
/// case, spaces, dashes and underscores: "First Name", "first_name") fills it, as the export names its columns.
/// </summary>
public static class CrmImportMapping
{
    public static IReadOnlyList<string> FieldsOf(CrmImportKind kind) => kind switch
    {
        CrmImportKind.Contacts =>
            ["externalId", "firstName", "lastName", "email", "phone", "birthDate", "street", "streetNumber", "city", "postcode", "state", "country",
             "accountId", "accountName", "ownerId"],
        CrmImportKind.Deals =>
            ["name", "pipeline", "stage", "amount", "currency", "closeDate", "probability", "accountId", "accountName", "contactId", "contactEmail",
             "ownerId", "closeReason"],
        _ => ["name", "domain", "industry", "country", "employees", "ownerId"],
    };

    /// <param name="requested">Field → column as the person chose; null for the default. A field mapped to "" is left empty.</param>
    /// <exception cref="DomainValidationException">A field or column in <paramref name="requested"/> does not exist.</exception>
    public static IReadOnlyDictionary<string, string> Resolve(CrmImportKind kind, IReadOnlyList<string> columns, IReadOnlyDictionary<string, string>? requested)
    {
        var fields = FieldsOf(kind);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new Dictionary<string, string[]>();
        foreach (var field in fields)
        {
            if (requested is not null && requested.TryGetValue(field, out var chosen))
            {
                if (chosen.Length == 0)
                    continue;
                if (!columns.Contains(chosen, StringComparer.Ordinal))
                    errors[$"mapping.{field}"] = [$"The file has no column '{chosen}'; its columns are {string.Join(", ", columns)}."];
                else
                    result[field] = chosen;
            }
            else if (columns.FirstOrDefault(c => Key(c) == Key(field)) is { } same)
                result[field] = same;
        }

        foreach (var unknown in requested?.Keys.Where(k => !fields.Contains(k)) ?? [])
            errors[$"mapping.{unknown}"] = [$"'{unknown}' is not a field of {kind.ToString().ToLowerInvariant()}: use {string.Join(", ", fields)}."];
        if (errors.Count > 0)
            throw new DomainValidationException(errors);
        return result;
    }

    private static string Key(string name) => new string(name.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();
}
