namespace Lodestar.Domain.Destinations;

/// <summary>The stored secrets cannot be decrypted: the Data Protection key ring they were written with is gone.</summary>
public sealed class DestinationSecretsUnreadableException(Exception inner)
    : Exception("The destination's secrets cannot be decrypted (the encryption keys they were saved with are gone). Enter the secrets again and save.", inner);
