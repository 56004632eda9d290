import { addressProblems, type AddressInput } from '@/domain/entity-address';

const base: AddressInput = {
  province: '33',
  city: '杭州市',
  district: '西湖区',
  address: '文三路 100 号 5 楼',
  certificateAddress: '浙江省杭州市西湖区文三路 100 号',
};

describe('filing address shape', () => {
  test('a complete address has no problem', () => {
    expect(addressProblems(base)).toEqual([]);
  });

  test.each<[Partial<AddressInput>, string[]]>([
    [{ district: '西湖' }, ['district-unusual']],
    [{ district: '六枝特区' }, []],
    [{ district: '鄂温克族自治旗' }, []],
    [{ district: '义乌市' }, []],
    [{ address: '浙江省杭州市西湖区文三路 100 号' }, ['address-repeats-region']],
    [{ address: '浙江杭州文三路 100 号' }, ['address-repeats-region']],
    [{ address: '杭州市文三路 100 号' }, ['address-repeats-region']],
    [{ address: '西湖区文三路 100 号' }, ['address-repeats-region']],
    [{ address: '西湖大道 1 号' }, []],
    [{ address: '文三路附近' }, ['address-without-number']],
    [{ address: '文三路华星大厦三单元' }, []],
    [{ certificateAddress: '浙江省宁波市鄞州区中山东路 1 号' }, ['certificate-address-mismatch']],
    [{ certificateAddress: '杭州市滨江区网商路 599 号' }, []],
    [{ district: '', address: '', certificateAddress: '' }, []],
  ])('%j → %j', (change, problems) => {
    expect(addressProblems({ ...base, ...change })).toEqual(problems);
  });
});
