namespace Lodestar.Domain.Privacy.Pii;

/// <summary>
/// A dotted path into a message (<c>properties.ssn</c>, <c>context.traits.email</c>) and what to do with it. The same
/// shape marks what was done to a stored message.
/// </summary>
public sealed record PiiRule(string Path, PiiAction Action)
{
    public string ActionName => Action == PiiAction.Drop ? "drop" : "hash";
}
