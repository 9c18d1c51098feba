using System.Text.Json.Serialization;

namespace Lodestar.Domain.Segments.Rules;

/// <summary>
/// One node of a segment's rule tree: a group or a condition. Serialised as JSON with a <c>kind</c> discriminator;
/// the builder in Portal.Client writes the same shape (docs/segments.md).
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(RuleGroup), "group")]
[JsonDerivedType(typeof(TraitCondition), "trait")]
[JsonDerivedType(typeof(EventCondition), "event")]
[JsonDerivedType(typeof(ComputedCondition), "computed")]
[JsonDerivedType(typeof(CrmCondition), "crm")]
[JsonDerivedType(typeof(MembershipCondition), "membership")]
[JsonDerivedType(typeof(ConsentCondition), "consent")]
public abstract record RuleNode;
