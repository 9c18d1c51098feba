namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>
/// A refused save's messages, placed under the form's fields. The API names fields in camelCase; the lookup ignores case
/// so a server that answers "Email" still lands under the email field. Messages for fields the form does not have are
/// kept in <see cref="Unplaced"/> so the person sees them too.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, string[]> _byField;

    public FieldErrors(IReadOnlyDictionary<string, string[]> errors, IReadOnlyCollection<string> fields)
    {
        var known = new HashSet<string>(fields, StringComparer.OrdinalIgnoreCase);
        _byField = errors.Where(e => known.Contains(e.Key)).ToDictionary(e => e.Key, e => e.Value, StringComparer.OrdinalIgnoreCase);
        Unplaced = errors.Where(e => !known.Contains(e.Key)).SelectMany(e => e.Value).ToList();
    }

    public static FieldErrors None { get; } = new(new Dictionary<string, string[]>(), []);

    public IReadOnlyList<string> Unplaced { get; }

    public bool Has(string field) => _byField.ContainsKey(field);

    public string? For(string field) => _byField.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;
}
