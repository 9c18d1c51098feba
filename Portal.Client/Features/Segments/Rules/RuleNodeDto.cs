using System.Text.Json.Serialization;

namespace Lodestar.Portal.Client.Features.Segments.Rules;

/// <summary>
/// A node of the rule tree as the builder edits it (mutable). Its JSON is the Domain's rule JSON: a <c>kind</c>
/// discriminator, camelCase names, enums as camelCase strings (RuleJson.Options).
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(RuleGroupDto), "group")]
[JsonDerivedType(typeof(TraitConditionDto), "trait")]
[JsonDerivedType(typeof(EventConditionDto), "event")]
[JsonDerivedType(typeof(ComputedConditionDto), "computed")]
[JsonDerivedType(typeof(CrmConditionDto), "crm")]
[JsonDerivedType(typeof(MembershipConditionDto), "membership")]
[JsonDerivedType(typeof(ConsentConditionDto), "consent")]
public abstract class RuleNodeDto;
