import { describe, expect, it } from 'vitest';
import { Gazetteer, inferPlace } from '../../src/analysis/places.js';

const gazetteer = new Gazetteer();
const infer = (...texts: Array<string | { text: string; weight: number }>) =>
  inferPlace(
    gazetteer,
    texts.map((t, i) => (typeof t === 'string' ? { text: t, at: i } : { ...t, at: i })),
  );

describe('where a table was filed, from its place names', () => {
  it('reads the province, city and county of units in the real tables', () => {
    expect(infer('湘潭市环境卫生管理处')).toMatchObject({ province: '湖南省', city: '湘潭市', name: '湘潭市' });
    expect(infer('澧县食用菌研究所')).toMatchObject({ province: '湖南省', city: '常德市', county: '澧县' });
    expect(infer('宝坻区人民政府')).toMatchObject({ province: '天津市', county: '宝坻区' });
    expect(infer('湘西州教育和体育局')).toMatchObject({ province: '湖南省', city: '湘西土家族苗族自治州' });
    expect(infer('新疆生产建设兵团第一师阿拉尔市六团农业发展服务中心')).toMatchObject({ province: '新疆维吾尔自治区', county: '阿拉尔市' });
  });

  it('settles a county name several provinces share once the city is known', () => {
    expect(infer('[015001]武汉市青山区教育局')).toMatchObject({ province: '湖北省', city: '武汉市', county: '青山区' });
    expect(infer('青山区教育局')).toBeUndefined(); // 武汉 and 包头 both have one
    expect(infer('鼓楼区教育局')).toBeUndefined();
  });

  it('takes no everyday word for a place', () => {
    // 振兴 in 乡村振兴 is not 振兴区 (丹东); 中山路 is a street, not 中山市
    expect(infer('兵团本级财政衔接推进乡村振兴补助资金绩效目标申报表')).toBeUndefined();
    expect(infer('中山路改造工程')).toBeUndefined();
    expect(infer('城市建设专项')).toBeUndefined();
  });

  it('lets a department’s own name outweigh a project title that names another place', () => {
    expect(infer({ text: '援疆项目（新疆）', weight: 0.5 }, { text: '湘潭市商务局', weight: 2 })).toMatchObject({ province: '湖南省' });
  });
});
