using System.Text.Json;

namespace Lodestar.Portal.Infrastructure;

/// <summary>
/// Says what is wrong with a request body that could not be read as JSON, in the caller's terms: which field, what it
/// should have been, where in the body. The framework's own message ("Failed to read parameter … as JSON") names a
/// C# parameter, not the field.
/// </summary>
internal static class JsonBodyErrors
{
    public const string EmptyBody = "The request body is empty: send a JSON object.";

    /// <param name="bodyType">The type the endpoint reads the body as, when known: it says what a field should be.</param>
    public static string Describe(JsonException exception, Type? bodyType)
    {
        var where = exception.LineNumber is { } line && exception.BytePositionInLine is { } position
            ? $" (line {line + 1}, character {position + 1})"
            : "";
        // The reader's own exception inside: the text is not JSON at all.
        if (exception.InnerException is JsonException syntax)
        {
            var reason = Reason(syntax.Message);
            return reason.StartsWith("The input does not contain any JSON tokens", StringComparison.Ordinal)
                ? EmptyBody
                : $"The request body is not valid JSON: {reason}{where}.";
        }

        if (!exception.Message.Contains("could not be converted", StringComparison.Ordinal))
            return $"The request body is not valid: {Reason(exception.Message)}.";

        var path = exception.Path ?? "$";
        var expected = bodyType is null ? null : JsonPathTypes.Resolve(bodyType, path) is { } type ? ValueKinds.Describe(type, quoted: true) : null;
        var subject = path == "$" ? "the body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        return expected is null
            ? $"The request body is not valid: {subject} has a value of the wrong kind."
            : $"The request body is not valid: {subject} should be {expected}.";
    }

    /// <summary>The reader's message without the position it appends (given once, in words).</summary>
    private static string Reason(string message)
    {
        foreach (var marker in new[] { " Path: ", " LineNumber: " })
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut >= 0)
                message = message[..cut];
        }

        return message.TrimEnd('.', ' ');
    }
}
