using IMU.Runtime.Storage;
using IMU.Runtime.Storage.Memory;

namespace IMU.Runtime.Tests.Storage;

public sealed class MemoryGrainStateStorageTests : GrainStateStorageContractTests
{
    protected override Task<IGrainStateStorage> CreateStorageAsync() => Task.FromResult<IGrainStateStorage>(new MemoryGrainStateStorage());
}
