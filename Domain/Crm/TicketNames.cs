namespace Lodestar.Domain.Crm;

/// <summary>Ticket statuses and priorities as the API, the history and the events name them: lower case.</summary>
public static class TicketNames
{
    public static string Of(TicketStatus status) => status.ToString().ToLowerInvariant();

    public static string Of(TicketPriority priority) => priority.ToString().ToLowerInvariant();

    /// <summary>Solved and closed tickets are done; the others are support's open work.</summary>
    public static bool IsDone(TicketStatus status) => status is TicketStatus.Solved or TicketStatus.Closed;

    public static TicketStatus? ParseStatus(string? text) => Parse<TicketStatus>(text);

    public static TicketPriority? ParsePriority(string? text) => Parse<TicketPriority>(text);

    /// <summary>A list filter's values (each may hold several, comma-separated).</summary>
    /// <exception cref="DomainValidationException">A value is not a <typeparamref name="T"/>; names <paramref name="field"/>.</exception>
    public static IReadOnlyList<T> ParseAll<T>(IEnumerable<string>? values, string field) where T : struct, Enum
    {
        var result = new List<T>();
        foreach (var text in (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (Parse<T>(text) is not { } value)
                throw new DomainValidationException(field, Unknown<T>(text));
            if (!result.Contains(value))
                result.Add(value);
        }

        return result;
    }

    /// <summary>The message for a value that is not a <typeparamref name="T"/>, listing the ones that are.</summary>
    public static string Unknown<T>(string text) where T : struct, Enum
    {
        var names = Enum.GetNames<T>().Select(n => n.ToLowerInvariant()).ToList();
        var noun = typeof(T) == typeof(TicketStatus) ? "status" : "priority";
        return $"'{text}' is not a ticket {noun}: use {string.Join(", ", names[..^1])} or {names[^1]}.";
    }

    // Enum.TryParse also takes numbers ("3"); the API's values are the names only.
    private static T? Parse<T>(string? text) where T : struct, Enum =>
        text is not null && Enum.GetNames<T>().FirstOrDefault(n => n.Equals(text.Trim(), StringComparison.OrdinalIgnoreCase)) is { } name
            ? Enum.Parse<T>(name)
            : null;
}
