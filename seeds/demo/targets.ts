/**
 * Demo pipeline for every target firm the plans name (渝中 专栏2/专栏8, 高新区 key projects):
 * owners, stage histories over the last ~120 days, follow-ups, signings and landings.
 * Invented for demonstration; stored with demo = true. The firms, chains and links are the plans'.
 *
 * On 工业软件 only 制造流程模拟软件 gets targets (山大华天, 欧倍尔, as 专栏2 says), so links such as
 * EDA and 几何建模内核 stay gaps on the chain map.
 */
import type { DemoTarget } from './types';

const YZ = 'yuzhong-kcfw-2025-2027';
const GX = 'cqgx-gjsfw-14th';

export const DEMO_TARGETS: DemoTarget[] = [
  // ---- 渝中 工业软件 (promoter, team 1) ----
  {
    plan: YZ,
    firm: '山大华天',
    owner: 'promoter',
    history: [
      ['lead', 104],
      ['contact', 71],
    ],
    followUpInDays: -3,
    method: '平台招商',
    expectedInvestment: 8000,
  },
  { plan: YZ, firm: '欧倍尔', owner: 'promoter', history: [['lead', 38]], followUpInDays: 2, method: '生态招商' },
  // ---- 信息技术服务 ----
  {
    plan: YZ,
    firm: '华宇信息',
    owner: 'promoter',
    history: [
      ['lead', 118],
      ['contact', 96],
      ['signed', 55],
      ['landed', 21],
    ],
    method: '以商招商',
    expectedInvestment: 3000,
    signed: { investment: 3200, output: 12000, jobs: 120, space: 800 },
    landing: { carrier: '信创大厦', area: 800 },
  },
  {
    plan: YZ,
    firm: '绿色网络',
    owner: 'promoter',
    history: [
      ['lead', 64],
      ['contact', 30],
    ],
    followUpInDays: 1,
    method: '以商招商',
    expectedInvestment: 1500,
  },
  {
    plan: YZ,
    firm: '大健云仓',
    owner: 'promoter2',
    history: [
      ['lead', 112],
      ['contact', 90],
      ['signed', 48],
      ['landed', 12],
    ],
    method: '平台招商',
    expectedInvestment: 5000,
    signed: { investment: 5000, output: 30000, jobs: 200, space: 1200 },
    landing: { carrier: '总部城A区4号楼', area: 1200 },
  },
  {
    plan: YZ,
    firm: '洋葱时尚',
    owner: 'promoter2',
    history: [
      ['lead', 80],
      ['contact', 44],
    ],
    followUpInDays: -1,
    method: '平台招商',
    expectedInvestment: 2000,
  },
  { plan: YZ, firm: '小亿网络', owner: 'promoter2', history: [['lead', 20]], followUpInDays: 5 },
  {
    plan: YZ,
    firm: '拉扎斯',
    owner: 'promoter2',
    history: [
      ['lead', 76],
      ['contact', 40],
    ],
    followUpInDays: 7,
    method: '以商招商',
    expectedInvestment: 6000,
  },
  // ---- 数字内容 ----
  {
    plan: YZ,
    firm: '奥飞娱乐',
    owner: 'promoter2',
    history: [
      ['lead', 115],
      ['contact', 88],
      ['signed', 60],
      ['landed', 26],
    ],
    method: '生态招商',
    expectedInvestment: 4000,
    signed: { investment: 4500, output: 15000, jobs: 150, space: 1500 },
    landing: { carrier: '通远大厦', area: 1500 },
  },
  {
    plan: YZ,
    firm: '凯撒（中国）文化',
    owner: 'promoter2',
    history: [
      ['lead', 58],
      ['contact', 25],
    ],
    followUpInDays: 3,
    expectedInvestment: 2500,
  },
  // ---- 区块链 ----
  {
    plan: YZ,
    firm: '数秦科技',
    owner: 'promoter2',
    history: [
      ['lead', 100],
      ['contact', 66],
      ['signed', 14],
    ],
    followUpInDays: 4,
    method: '基金招商',
    expectedInvestment: 2000,
    signed: { investment: 2200, output: 6000, jobs: 60, space: 600 },
  },
  { plan: YZ, firm: '万向区块链', owner: 'promoter2', history: [['lead', 33]], followUpInDays: -6 },
  // ---- 信创 ----
  {
    plan: YZ,
    firm: '科东软件',
    owner: 'promoter',
    history: [
      ['lead', 109],
      ['contact', 74],
      ['signed', 19],
    ],
    followUpInDays: 6,
    method: '平台招商',
    expectedInvestment: 3000,
    signed: { investment: 3500, output: 8000, jobs: 90, space: 900 },
  },
  { plan: YZ, firm: '中科海微', owner: 'promoter', history: [['lead', 27]], followUpInDays: 1 },
  {
    plan: YZ,
    firm: '圣博润',
    owner: 'promoter',
    history: [
      ['lead', 85],
      ['contact', 52],
    ],
    followUpInDays: -10,
    method: '以商招商',
    expectedInvestment: 1800,
  },
  { plan: YZ, firm: '格尔软件', owner: 'promoter', history: [['lead', 16]], followUpInDays: 10 },
  {
    plan: YZ,
    firm: '万里开源',
    owner: 'promoter',
    history: [
      ['lead', 70],
      ['contact', 35],
    ],
    followUpInDays: 2,
    method: '生态招商',
    expectedInvestment: 1000,
  },
  // ---- 人工智能 ----
  {
    plan: YZ,
    firm: '讯飞医疗科技',
    owner: 'promoter',
    history: [
      ['lead', 92],
      ['contact', 61],
    ],
    followUpInDays: 0.5,
    method: '平台招商',
    expectedInvestment: 5000,
  },
  { plan: YZ, firm: '图森未来科技', owner: 'promoter', history: [['lead', 45]], followUpInDays: 9 },
  // ---- 智慧能源 ----
  {
    plan: YZ,
    firm: '正泰安能',
    owner: 'promoter2',
    history: [
      ['lead', 106],
      ['contact', 78],
      ['signed', 9],
    ],
    followUpInDays: -2,
    method: '以商招商',
    expectedInvestment: 6000,
    signed: { investment: 6800, output: 20000, jobs: 80, space: 700 },
  },
  {
    plan: YZ,
    firm: '智芯微电子',
    owner: 'promoter2',
    history: [
      ['lead', 99],
      ['contact', 63],
      ['paused', 22, '（演示数据）企业年度投资计划调整，暂缓西南区域布局，约定下季度再议'],
    ],
  },
  // ---- 元宇宙 ----
  { plan: YZ, firm: '环球墨非', owner: 'promoter2', history: [['lead', 24]], followUpInDays: 3 },
  {
    plan: YZ,
    firm: '灵伴科技',
    owner: 'promoter2',
    history: [
      ['lead', 67],
      ['contact', 29],
    ],
    followUpInDays: -4,
    method: '基金招商',
    expectedInvestment: 1200,
  },
  // ---- 数据服务 ----
  {
    plan: YZ,
    firm: '亿信华辰',
    owner: 'promoter',
    history: [
      ['lead', 117],
      ['contact', 93],
      ['signed', 57],
      ['landed', 31],
    ],
    method: '平台招商',
    expectedInvestment: 1500,
    signed: { investment: 1600, output: 5000, jobs: 50, space: 600 },
    landing: { carrier: '重庆数字经济产业园', area: 600 },
  },
  {
    plan: YZ,
    firm: '云和恩墨',
    owner: 'promoter',
    history: [
      ['lead', 55],
      ['contact', 18],
    ],
    followUpInDays: 1,
    method: '生态招商',
    expectedInvestment: 1000,
  },
  // ---- 卫星互联网 ----
  { plan: YZ, firm: '国博电子', owner: 'promoter2', history: [['lead', 41]], followUpInDays: 12 },
  {
    plan: YZ,
    firm: '金信诺',
    owner: 'promoter2',
    history: [
      ['lead', 83],
      ['paused', 47, '（演示数据）企业暂无新设分支机构计划，保持季度联系'],
    ],
  },
  {
    plan: YZ,
    firm: '易事特',
    owner: 'promoter2',
    history: [
      ['lead', 95],
      ['contact', 69],
      ['lost', 36, '（演示数据）企业已选定其他城市设立区域总部'],
    ],
  },
  // ---- 金融科技 ----
  { plan: YZ, firm: '信业科技', owner: 'promoter', history: [['lead', 13]], followUpInDays: 2 },
  {
    plan: YZ,
    firm: '宇信科技',
    owner: 'promoter',
    history: [
      ['lead', 73],
      ['contact', 39],
    ],
    followUpInDays: 8,
    method: '以商招商',
    expectedInvestment: 2000,
  },
  {
    plan: YZ,
    firm: '第四范式',
    owner: 'promoter',
    history: [
      ['lead', 102],
      ['contact', 68],
      ['signed', 11],
    ],
    followUpInDays: 1,
    method: '基金招商',
    expectedInvestment: 8000,
    signed: { investment: 10000, output: 25000, jobs: 150, space: 1500 },
  },

  // ---- 高新区 ----
  { plan: GX, firm: '中科', owner: 'promoter', history: [['lead', 50]], followUpInDays: 4 },
  { plan: GX, firm: '启迪', owner: 'promoter', history: [['lead', 36]], followUpInDays: -5 },
  {
    plan: GX,
    firm: '国科控股',
    owner: 'promoter',
    history: [
      ['lead', 90],
      ['paused', 40, '（演示数据）母基金方案待管委会研究，暂缓推进'],
    ],
  },
  {
    plan: GX,
    firm: '大华集团',
    owner: 'promoter2',
    history: [
      ['lead', 87],
      ['contact', 50],
    ],
    followUpInDays: 2,
    expectedInvestment: 20000,
  },
  { plan: GX, firm: '明略科技集团', owner: 'promoter2', history: [['lead', 28]], followUpInDays: 6 },
  {
    plan: GX,
    firm: '中国检验检疫科学研究院',
    owner: 'promoter2',
    history: [
      ['lead', 78],
      ['contact', 43],
    ],
    followUpInDays: -8,
    method: '以商招商',
    expectedInvestment: 10000,
  },
  {
    plan: GX,
    firm: '苏交科',
    owner: 'promoter2',
    history: [
      ['lead', 62],
      ['lost', 34, '（演示数据）企业检测业务已在市内其他园区布局'],
    ],
  },
];
