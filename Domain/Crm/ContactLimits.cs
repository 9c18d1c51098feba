namespace Lodestar.Domain.Crm;

/// <summary>Longest values the CRM stores, the same for validation messages and the schema.</summary>
public static class ContactLimits
{
    public const int Name = 100;
    public const int Email = 256;
    public const int Phone = 40;
    public const int ExternalId = 100;
    public const int Text = 200;
    public const int Short = 20;

    /// <summary>Free text such as a ticket's description.</summary>
    public const int LongText = 4_000;
}
