namespace Lodestar.Domain.Crm.Views;

/// <summary>The lists' names as the API and messages use them: <c>contacts</c>, <c>accounts</c>, <c>deals</c>, <c>tickets</c>.</summary>
public static class SavedViewNames
{
    public static string Of(SavedViewKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>The kind named <paramref name="text"/> (any case); null for empty text or a name that is not one.</summary>
    public static SavedViewKind? Parse(string? text) =>
        Enum.GetValues<SavedViewKind>().Cast<SavedViewKind?>().FirstOrDefault(k => Of(k!.Value).Equals(text?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string Choices => "contacts, accounts, deals or tickets";
}
