namespace Lodestar.Domain.Identity;

/// <summary>A normalised identifier: its type and value.</summary>
public readonly record struct IdentifierKey(string Type, string Value)
{
    public override string ToString() => $"{Type}:{Value}";
}
