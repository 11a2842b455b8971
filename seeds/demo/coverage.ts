/**
 * Demo local firms (made-up names ending in （演示）) that cover some chain links, demo space in
 * the Yuzhong buildings, and the chains the demo chain manager owns. None of this is in the plans.
 *
 * 工业软件 deliberately keeps most links uncovered (EDA, CAT, 几何建模内核, 几何约束求解器 …) so its
 * chain map shows gaps; only CAD, CAE and MES get a local firm.
 */
import type { DemoCarrierSpace, DemoChainManager, DemoLocalFirm } from './types';

const YZ = 'yuzhong-kcfw-2025-2027';
const GX = 'cqgx-gjsfw-14th';

export const DEMO_SUFFIX = '（演示）';

export const DEMO_LOCAL_FIRMS: DemoLocalFirm[] = [
  {
    name: '渝中数设软件科技（演示）',
    profile: '（演示数据）本地三维CAD研发企业，虚构',
    links: [{ plan: YZ, chain: 'industrial-software', link: 'cad' }],
  },
  {
    name: '山城仿真技术（演示）',
    profile: '（演示数据）本地CAE仿真分析服务企业，虚构',
    links: [
      { plan: YZ, chain: 'industrial-software', link: 'cae' },
      { plan: YZ, chain: 'industrial-software', link: 'product-simulation-design' },
    ],
  },
  {
    name: '解放碑智造软件（演示）',
    profile: '（演示数据）本地MES制造执行系统供应商，虚构',
    links: [{ plan: YZ, chain: 'industrial-software', link: 'mes' }],
  },
  {
    name: '两路口系统集成（演示）',
    profile: '（演示数据）本地系统集成服务商，虚构',
    links: [
      { plan: YZ, chain: 'it-services', link: 'system-integration' },
      { plan: YZ, chain: 'it-services', link: 'software-application-development' },
    ],
  },
  {
    name: '朝天门电商运营（演示）',
    profile: '（演示数据）本地电商代运营与直播电商企业，虚构',
    links: [
      { plan: YZ, chain: 'it-services', link: 'e-commerce' },
      { plan: YZ, chain: 'it-services', link: 'live-streaming-e-commerce' },
    ],
  },
  {
    name: '鹅岭文创传媒（演示）',
    profile: '（演示数据）本地短视频与网络直播内容机构，虚构',
    links: [
      { plan: YZ, chain: 'digital-content', link: 'short-video' },
      { plan: YZ, chain: 'digital-content', link: 'live-streaming' },
    ],
  },
  {
    name: '山城链科技（演示）',
    profile: '（演示数据）本地区块链底层平台企业，虚构',
    links: [{ plan: YZ, chain: 'blockchain', link: 'base-platform' }],
  },
  {
    name: '渝中信创数据库（演示）',
    profile: '（演示数据）本地分布式数据库企业，虚构',
    links: [
      { plan: YZ, chain: 'xinchuang', link: 'distributed-database' },
      { plan: YZ, chain: 'xinchuang', link: 'finance-xinchuang' },
    ],
  },
  {
    name: '大坪工程设计院（演示）',
    profile: '（演示数据）本地工程设计与全过程咨询机构，虚构',
    links: [
      { plan: YZ, chain: 'engineering-services', link: 'engineering-design' },
      { plan: YZ, chain: 'engineering-services', link: 'whole-process-consulting' },
    ],
  },
  {
    name: '西永工业互联网（演示）',
    profile: '（演示数据）高新区工业互联网平台企业，虚构',
    links: [{ plan: GX, chain: 'software-info', link: 'industrial-internet' }],
  },
];

/** Yuzhong buildings and one park get demo space; landings take from it. */
export const DEMO_CARRIER_SPACE: DemoCarrierSpace[] = [
  { carrier: '通远大厦', availableAreaM2: 12000 },
  { carrier: '信创大厦', availableAreaM2: 15000 },
  { carrier: '总部城A区4号楼', availableAreaM2: 8000 },
  { carrier: '重庆数字经济产业园', availableAreaM2: 30000 },
];

export const DEMO_CARRIER_NOTE = '（演示数据）可用面积为演示值，规划原文未给出';

export const DEMO_CHAIN_MANAGERS: DemoChainManager[] = [
  {
    username: 'chain',
    chains: [
      { plan: YZ, chain: 'industrial-software' },
      { plan: YZ, chain: 'xinchuang' },
      { plan: GX, chain: 'software-info' },
    ],
  },
];
