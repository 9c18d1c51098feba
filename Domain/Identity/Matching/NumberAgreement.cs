namespace Lodestar.Domain.Identity.Matching;

/// <summary>How close two numbers written as digits (postcode, street number, phone) are, best first.</summary>
public enum NumberAgreement
{
    Exact,

    /// <summary>One digit substituted, inserted or deleted, or two neighbouring digits swapped.</summary>
    OneDigitOff,

    Different,
}
