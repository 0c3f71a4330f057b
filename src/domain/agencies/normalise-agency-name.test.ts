import { describe, expect, it } from 'vitest';
import { expandAgencyText, normaliseAgencyName } from './normalise-agency-name.ts';

const tokens = (text: string) => normaliseAgencyName(text).tokens.join(' ');

describe('expandAgencyText', () => {
  it.each([
    ['Phòng LĐ-TB&XH', 'phong lao dong thuong binh va xa hoi'],
    ['Phòng LĐTBXH', 'phong lao dong thuong binh va xa hoi'],
    ['phòng Lao động-Thương binh và Xã hội', 'phong lao dong thuong binh va xa hoi'],
    ['Phòng GD&ĐT', 'phong giao duc va dao tao'],
    ['Phòng GDĐT', 'phong giao duc va dao tao'],
    ['Trung tâm GDNN-GDTX', 'trung tam giao duc nghe nghiep giao duc thuong xuyen'],
    ['Phòng NN&PTNT', 'phong nong nghiep va phat trien nong thon'],
    ['Phòng TN&MT', 'phong tai nguyen va moi truong'],
    ['Phòng KT&HT', 'phong kinh te va ha tang'],
    ['Phòng TC-KH', 'phong tai chinh ke hoach'],
    ['Phòng VH-TT', 'phong van hoa thong tin'],
    ['Phòng VH-XH', 'phong van hoa xa hoi'],
    ['UBND xã', 'uy ban nhan dan xa'],
    ['HĐND huyện', 'hoi dong nhan dan huyen'],
    ['Ủy ban MTTQ Việt Nam', 'uy ban mat tran to quoc viet nam'],
    ['UBMTTQ VN xã', 'uy ban mat tran to quoc viet nam xa'],
    ['Hội LHPN huyện', 'hoi lien hiep phu nu huyen'],
    ['BCH Quân sự huyện', 'ban chi huy quan su huyen'],
    ['Trường PTDTBT Thanh Thủy', 'truong pho thong dan toc ban tru thanh thuy'],
    ['Trường THCS - THPT Phương Tiến', 'truong trung hoc co so trung hoc pho thong phuong tien'],
  ])('%s → %s', (text, expected) => {
    expect(expandAgencyText(text)).toBe(expected);
  });

  it('treats Uỷ and Ủy, upper and lower case alike', () => {
    expect(expandAgencyText('UỶ BAN NHÂN DÂN')).toBe(expandAgencyText('Ủy ban nhân dân'));
    expect(expandAgencyText('Uỷ ban nhân dân')).toBe('uy ban nhan dan');
  });

  it('treats en dash, em dash and hyphen alike', () => {
    expect(expandAgencyText('Phòng Văn hóa – Xã hội')).toBe(expandAgencyText('Phòng Văn hóa - Xã hội'));
    expect(expandAgencyText('Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên')).toBe(
      expandAgencyText('Trung tâm GDNN-GDTX'),
    );
  });
});

describe('normaliseAgencyName', () => {
  it('splits off the locality and remembers its level and place', () => {
    const name = normaliseAgencyName('Phòng Lao động - Thương binh và Xã hội huyện Tháp Mười');
    expect(name.tokens.join(' ')).toBe('phong lao dong thuong binh xa hoi');
    expect(name.levelHint).toBe('district');
    expect(name.placeTokens).toEqual(['thap', 'muoi']);
  });

  it.each([
    ['UBND tỉnh', 'uy ban nhan dan', 'province'],
    ['Ủy ban nhân dân xã Tháp Mười', 'uy ban nhan dan', 'commune'],
    ['Công an huyện', 'cong an', 'district'],
    ['UBND thị trấn Mỹ An', 'uy ban nhan dan', 'commune'],
    ['Phòng Kinh tế thị xã Phong Điền', 'phong kinh te', 'district'],
    ['UBND phường Phong Điền', 'uy ban nhan dan', 'commune'],
    ['UBND đặc khu Phú Quốc', 'uy ban nhan dan', 'commune'],
    ['Hội Nông dân xã', 'hoi nong dan', 'commune'],
  ])('%s → "%s" at %s level', (text, expected, level) => {
    const name = normaliseAgencyName(text);
    expect(name.tokens.join(' ')).toBe(expected);
    expect(name.levelHint).toBe(level);
  });

  it('does not mistake words of a name for a locality', () => {
    expect(tokens('Phòng Văn hóa - Xã hội')).toBe('phong van hoa xa hoi');
    expect(tokens('Ngân hàng Chính sách xã hội')).toBe('ngan hang chinh sach xa hoi');
    expect(tokens('Huyện Đoàn Tháp Mười')).toBe('huyen doan thap muoi');
    expect(tokens('Ban Tuyên giáo Huyện ủy')).toBe('ban tuyen giao huyen uy');
    expect(tokens('Ban Chỉ huy Quân sự')).toBe('ban chi huy quan su');
    expect(tokens('Cơ quan Tổ chức - Nội vụ')).toBe('co quan to chuc noi vu');
    expect(tokens('Đảng ủy xã')).toBe('dang uy');
    expect(tokens('Trường THCS - THPT Phương Tiến')).toBe('truong trung hoc co so trung hoc pho thong phuong tien');
  });

  it('reads leaders as their committee', () => {
    expect(tokens('Chủ tịch UBND huyện')).toBe('uy ban nhan dan');
    expect(tokens('PCT UBND xã')).toBe('uy ban nhan dan');
    expect(tokens('Chủ tịch, các PCT UBND huyện'.replace(',', ''))).toBe('uy ban nhan dan');
  });

  it('drops "và" so "Kinh tế - Hạ tầng" equals "Kinh tế và Hạ tầng"', () => {
    expect(tokens('Phòng Kinh tế - Hạ tầng')).toBe(tokens('Phòng Kinh tế và Hạ tầng'));
    expect(tokens('Phòng Văn hóa và Thông tin')).toBe(tokens('Phòng Văn hóa - Thông tin'));
  });

  it.each([
    'UBND các xã, thị trấn',
    'Ủy ban nhân dân các xã',
    'Các phòng, ban, ngành huyện',
    'Trung tâm Văn hóa - Học tập cộng đồng các xã, thị trấn',
  ])('marks "%s" as collective', (text) => {
    expect(normaliseAgencyName(text).collective).toBe(true);
  });

  it('is not collective for a single body', () => {
    expect(normaliseAgencyName('UBND xã Thanh Thủy').collective).toBe(false);
  });

  it('returns no tokens for empty or punctuation-only text', () => {
    expect(normaliseAgencyName('').tokens).toEqual([]);
    expect(normaliseAgencyName(' - ; , ').tokens).toEqual([]);
  });
});
