// Options page entry.
import '../ui/styles.css';
import './options.css';
import { mountPage } from '../ui/page.js';
import { Options } from './Options.js';

mountPage(Options, 'optionsTitle');
