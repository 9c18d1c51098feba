using Transform = Lodestar.Domain.Identity.Matching.BlockingTransform;

namespace Lodestar.Domain.Identity.Matching;

/// <summary>
/// The blocking rules used unless the caller gives others. A true pair is found when any rule puts it in one block,
/// so each rule covers the typos the others miss; none is broad enough to approach comparing every pair.
/// </summary>
public static class DefaultBlockingRules
{
    public static IReadOnlyList<BlockingRule> All { get; } =
    [
        BlockingRule.On("surname soundex + given initial", Key(PersonField.Surname, Transform.Soundex), Key(PersonField.GivenName, Transform.Prefix, 1)),
        BlockingRule.On("date of birth", Key(PersonField.DateOfBirth)),
        BlockingRule.On("postcode + given initial", Key(PersonField.Postcode), Key(PersonField.GivenName, Transform.Prefix, 1)),
        BlockingRule.On("given name + suburb", Key(PersonField.GivenName), Key(PersonField.Suburb)),
        BlockingRule.On("street number + street prefix", Key(PersonField.StreetNumber), Key(PersonField.Address1, Transform.Prefix, 3)),
        BlockingRule.On("phone", Key(PersonField.Phone)),
        BlockingRule.On("email", Key(PersonField.Email)),
    ];

    // A named factory because target-typed new() cannot pick BlockingKey over the params array it fills.
    private static BlockingKey Key(PersonField field, Transform transform = Transform.Exact, int length = 0) => new(field, transform, length);
}
