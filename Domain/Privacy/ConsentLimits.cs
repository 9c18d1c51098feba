namespace Lodestar.Domain.Privacy;

/// <summary>Sizes of consent data, shared by the columns, validation and the tracking parser.</summary>
public static class ConsentLimits
{
    public const int CategoryLength = 64;

    public const int ReferenceLength = 256;

    /// <summary>Categories read from one message; a longer map is cut, so one message cannot flood the table.</summary>
    public const int MaxPreferencesPerMessage = 20;

    public const int MaxCategories = 50;
}
