namespace Lodestar.Portal.Client.Infrastructure;

/// <summary>
/// A request the server refused, with a message a person can act on and, for validation, the message per field.
/// Thrown by both the server and the HTTP implementations of the API contracts, so pages handle one type.
/// </summary>
public sealed class ApiException(int statusCode, string message, IReadOnlyDictionary<string, string[]>? errors = null)
    : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors ?? new Dictionary<string, string[]>();
}
