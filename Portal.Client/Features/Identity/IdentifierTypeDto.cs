namespace Lodestar.Portal.Client.Features.Identity;

/// <summary>One identifier type of the rules.</summary>
/// <param name="Type">Lower-case name: a built-in (user_id, email, phone, device_id, anonymous_id) or a custom one.</param>
/// <param name="Limit">How many values of this type one profile may hold (user_id: always 1).</param>
/// <param name="Keys">
/// Where the value is read. Built-in types read fixed places (shown, not editable); custom types read
/// <c>traits.x</c>, <c>context.traits.x</c> or <c>properties.x</c>. <c>context.externalIds[]</c> entries are read
/// by their own <c>type</c> for every type.
/// </param>
/// <param name="Normalization">One of <see cref="IdentifierNormalizations"/>.</param>
/// <param name="BuiltIn">Built-in types cannot be removed or renamed (but can be disabled, except user_id).</param>
public sealed record IdentifierTypeDto(
    string Type,
    int Limit,
    IReadOnlyList<string> Keys,
    string Normalization,
    bool Enabled = true,
    bool BuiltIn = false);
